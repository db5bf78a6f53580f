package edrv

import "github.com/go-json-experiment/json/jsontext"

// User is the data of the user.* events: a driver account.
type User struct {
	// ID is the user's _id.
	ID Opt[string] `json:"_id,omitzero"`
	// Firstname is the user's first name.
	Firstname Opt[string] `json:"firstname,omitzero"`
	// Lastname is the user's last name.
	Lastname Opt[string] `json:"lastname,omitzero"`
	// Email is the user's e-mail address.
	Email Opt[string] `json:"email,omitzero"`
	// Active reports that the account is enabled.
	Active Bool `json:"active,omitzero"`
	// Picture is the URL of the user's picture.
	Picture Opt[string] `json:"picture,omitzero"`
	// Address is the user's postal address.
	Address Opt[Address] `json:"address,omitzero"`
	// Phone holds the user's phone numbers.
	Phone Opt[Phone] `json:"phone,omitzero"`
	// MetaData is free-form.
	MetaData jsontext.Value `json:"meta_data,omitzero"`
	// Wallet is the user's prepaid balance (enterprise accounts only).
	Wallet Opt[Wallet] `json:"wallet,omitzero"`
	// CreatedAt is when the user was created.
	CreatedAt Time `json:"createdAt,omitzero"`
	// UpdatedAt is when the user last changed.
	UpdatedAt Time `json:"updatedAt,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Phone holds a user's phone numbers; each may be "".
type Phone struct {
	// Mobile is the mobile number.
	Mobile Opt[string] `json:"mobile,omitzero"`
	// Home is the home number.
	Home Opt[string] `json:"home,omitzero"`
	// Work is the work number.
	Work Opt[string] `json:"work,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Wallet is a user's prepaid balance.
type Wallet struct {
	// Balance is the balance in cents.
	Balance Decimal `json:"balance,omitzero"`
	// MinimumBalance is the balance below which top-up happens, in cents.
	MinimumBalance Decimal `json:"minimum_balance,omitzero"`
	// Currency is the wallet's currency, "usd".
	Currency Opt[string] `json:"currency,omitzero"`
	// AutoTopUp is the automatic top-up setting.
	AutoTopUp Opt[AutoTopUp] `json:"auto_top_up,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// AutoTopUp is a wallet's automatic top-up setting.
type AutoTopUp struct {
	// Active reports that automatic top-up is on.
	Active Bool `json:"active,omitzero"`
	// PaymentMethod is the id of the payment method charged.
	PaymentMethod Opt[string] `json:"payment_method,omitzero"`
	// Amount is the amount topped up, in cents.
	Amount Decimal `json:"amount,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}
