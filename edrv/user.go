package edrv

import "encoding/json"

// User is the data of the user.* events: a driver account.
type User struct {
	ID        string          `json:"_id,omitzero"`
	Firstname string          `json:"firstname,omitzero"`
	Lastname  string          `json:"lastname,omitzero"`
	Email     string          `json:"email,omitzero"`
	Active    Bool            `json:"active,omitzero"`
	Picture   string          `json:"picture,omitzero"` // URL
	Address   *Address        `json:"address,omitzero"`
	Phone     *Phone          `json:"phone,omitzero"`
	MetaData  json.RawMessage `json:"meta_data,omitzero"` // free-form
	Wallet    *Wallet         `json:"wallet,omitzero"`    // enterprise accounts only
	CreatedAt Time            `json:"createdAt,omitzero"`
	UpdatedAt Time            `json:"updatedAt,omitzero"`
}

// Phone holds a user's phone numbers.
type Phone struct {
	Mobile string `json:"mobile,omitzero"`
	Home   string `json:"home,omitzero"`
	Work   string `json:"work,omitzero"`
}

// Wallet is a user's prepaid balance.
type Wallet struct {
	Balance        Decimal    `json:"balance,omitzero"` // in cents
	MinimumBalance Decimal    `json:"minimum_balance,omitzero"`
	Currency       string     `json:"currency,omitzero"` // "usd"
	AutoTopUp      *AutoTopUp `json:"auto_top_up,omitzero"`
}

// AutoTopUp is a wallet's automatic top-up setting.
type AutoTopUp struct {
	Active        Bool    `json:"active,omitzero"`
	PaymentMethod string  `json:"payment_method,omitzero"` // id
	Amount        Decimal `json:"amount,omitzero"`
}
