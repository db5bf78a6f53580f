package edrv

// textValue is implemented by the package's string enums, so that [Opt]
// reads and writes them as strings without the general path of json v2
// (and with the common values interned).
type textValue interface {
	setText(s string)
	text() string
}

func (v *SessionStatus) setText(s string) { *v = SessionStatus(s) }
func (v *SessionStatus) text() string     { return string(*v) }

func (v *ChargingState) setText(s string) { *v = ChargingState(s) }
func (v *ChargingState) text() string     { return string(*v) }

func (v *ConnectorStatus) setText(s string) { *v = ConnectorStatus(s) }
func (v *ConnectorStatus) text() string     { return string(*v) }

func (v *ConnectorType) setText(s string) { *v = ConnectorType(s) }
func (v *ConnectorType) text() string     { return string(*v) }

func (v *Format) setText(s string) { *v = Format(s) }
func (v *Format) text() string     { return string(*v) }

func (v *PowerType) setText(s string) { *v = PowerType(s) }
func (v *PowerType) text() string     { return string(*v) }

func (v *Protocol) setText(s string) { *v = Protocol(s) }
func (v *Protocol) text() string     { return string(*v) }

func (v *PriceComponentType) setText(s string) { *v = PriceComponentType(s) }
func (v *PriceComponentType) text() string     { return string(*v) }

func (v *ActionStatus) setText(s string) { *v = ActionStatus(s) }
func (v *ActionStatus) text() string     { return string(*v) }

func (v *TokenType) setText(s string) { *v = TokenType(s) }
func (v *TokenType) text() string     { return string(*v) }
