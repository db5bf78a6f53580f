package edrv

// The data objects marshal through a method-less copy of their type, so
// that encoding/json (v1) writes the same JSON as json v2, unknown members
// (Extra) included, and json v2 takes the same path without a detour
// through MarshalJSON.

import (
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

type plainSession Session

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Session) MarshalJSON() ([]byte, error) { return json.Marshal((*plainSession)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Session) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainSession)(&v))
}

type plainSessionConfigurations SessionConfigurations

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v SessionConfigurations) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainSessionConfigurations)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v SessionConfigurations) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainSessionConfigurations)(&v))
}

type plainTarget Target

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Target) MarshalJSON() ([]byte, error) { return json.Marshal((*plainTarget)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Target) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainTarget)(&v))
}

type plainMetrics Metrics

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Metrics) MarshalJSON() ([]byte, error) { return json.Marshal((*plainMetrics)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Metrics) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainMetrics)(&v))
}

type plainEnergyReport EnergyReport

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v EnergyReport) MarshalJSON() ([]byte, error) { return json.Marshal((*plainEnergyReport)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v EnergyReport) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainEnergyReport)(&v))
}

type plainQuantity Quantity

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Quantity) MarshalJSON() ([]byte, error) { return json.Marshal((*plainQuantity)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Quantity) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainQuantity)(&v))
}

type plainRawEnergyReport RawEnergyReport

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v RawEnergyReport) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainRawEnergyReport)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v RawEnergyReport) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainRawEnergyReport)(&v))
}

type plainSampledValue SampledValue

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v SampledValue) MarshalJSON() ([]byte, error) { return json.Marshal((*plainSampledValue)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v SampledValue) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainSampledValue)(&v))
}

type plainChargingActivity ChargingActivity

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v ChargingActivity) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainChargingActivity)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v ChargingActivity) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainChargingActivity)(&v))
}

type plainCost Cost

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Cost) MarshalJSON() ([]byte, error) { return json.Marshal((*plainCost)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Cost) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainCost)(&v))
}

type plainCostItem CostItem

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v CostItem) MarshalJSON() ([]byte, error) { return json.Marshal((*plainCostItem)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v CostItem) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainCostItem)(&v))
}

type plainPeriod Period

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Period) MarshalJSON() ([]byte, error) { return json.Marshal((*plainPeriod)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Period) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainPeriod)(&v))
}

type plainChargestation Chargestation

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Chargestation) MarshalJSON() ([]byte, error) { return json.Marshal((*plainChargestation)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Chargestation) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainChargestation)(&v))
}

type plainBootInfo BootInfo

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v BootInfo) MarshalJSON() ([]byte, error) { return json.Marshal((*plainBootInfo)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v BootInfo) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainBootInfo)(&v))
}

type plainSecurity Security

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Security) MarshalJSON() ([]byte, error) { return json.Marshal((*plainSecurity)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Security) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainSecurity)(&v))
}

type plainConnector Connector

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Connector) MarshalJSON() ([]byte, error) { return json.Marshal((*plainConnector)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Connector) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainConnector)(&v))
}

type plainAction Action

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Action) MarshalJSON() ([]byte, error) { return json.Marshal((*plainAction)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Action) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainAction)(&v))
}

type plainStatusResponse StatusResponse

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v StatusResponse) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainStatusResponse)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v StatusResponse) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainStatusResponse)(&v))
}

type plainCompositeSchedule CompositeSchedule

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v CompositeSchedule) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainCompositeSchedule)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v CompositeSchedule) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainCompositeSchedule)(&v))
}

type plainChargingSchedule ChargingSchedule

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v ChargingSchedule) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainChargingSchedule)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v ChargingSchedule) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainChargingSchedule)(&v))
}

type plainChargingSchedulePeriod ChargingSchedulePeriod

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v ChargingSchedulePeriod) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainChargingSchedulePeriod)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v ChargingSchedulePeriod) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainChargingSchedulePeriod)(&v))
}

type plainConfigurationResponse ConfigurationResponse

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v ConfigurationResponse) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainConfigurationResponse)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v ConfigurationResponse) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainConfigurationResponse)(&v))
}

type plainConfigurationKey ConfigurationKey

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v ConfigurationKey) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainConfigurationKey)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v ConfigurationKey) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainConfigurationKey)(&v))
}

type plainLocalListVersionResponse LocalListVersionResponse

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v LocalListVersionResponse) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainLocalListVersionResponse)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v LocalListVersionResponse) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainLocalListVersionResponse)(&v))
}

type plainDiagnosticsResponse DiagnosticsResponse

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v DiagnosticsResponse) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainDiagnosticsResponse)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v DiagnosticsResponse) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainDiagnosticsResponse)(&v))
}

type plainAuthorizationResponse AuthorizationResponse

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v AuthorizationResponse) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainAuthorizationResponse)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v AuthorizationResponse) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainAuthorizationResponse)(&v))
}

type plainIDTagInfo IDTagInfo

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v IDTagInfo) MarshalJSON() ([]byte, error) { return json.Marshal((*plainIDTagInfo)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v IDTagInfo) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainIDTagInfo)(&v))
}

type plainPowerLimit PowerLimit

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v PowerLimit) MarshalJSON() ([]byte, error) { return json.Marshal((*plainPowerLimit)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v PowerLimit) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainPowerLimit)(&v))
}

type plainConfigurationChange ConfigurationChange

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v ConfigurationChange) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainConfigurationChange)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v ConfigurationChange) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainConfigurationChange)(&v))
}

type plainRate Rate

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Rate) MarshalJSON() ([]byte, error) { return json.Marshal((*plainRate)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Rate) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainRate)(&v))
}

type plainPriceComponent PriceComponent

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v PriceComponent) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainPriceComponent)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v PriceComponent) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainPriceComponent)(&v))
}

type plainRateSchedule RateSchedule

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v RateSchedule) MarshalJSON() ([]byte, error) { return json.Marshal((*plainRateSchedule)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v RateSchedule) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainRateSchedule)(&v))
}

type plainRateLayout RateLayout

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v RateLayout) MarshalJSON() ([]byte, error) { return json.Marshal((*plainRateLayout)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v RateLayout) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainRateLayout)(&v))
}

type plainRateTarget RateTarget

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v RateTarget) MarshalJSON() ([]byte, error) { return json.Marshal((*plainRateTarget)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v RateTarget) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainRateTarget)(&v))
}

type plainLocation Location

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Location) MarshalJSON() ([]byte, error) { return json.Marshal((*plainLocation)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Location) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainLocation)(&v))
}

type plainOpeningPeriod OpeningPeriod

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v OpeningPeriod) MarshalJSON() ([]byte, error) { return json.Marshal((*plainOpeningPeriod)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v OpeningPeriod) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainOpeningPeriod)(&v))
}

type plainAddress Address

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Address) MarshalJSON() ([]byte, error) { return json.Marshal((*plainAddress)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Address) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainAddress)(&v))
}

type plainUser User

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v User) MarshalJSON() ([]byte, error) { return json.Marshal((*plainUser)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v User) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainUser)(&v))
}

type plainPhone Phone

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Phone) MarshalJSON() ([]byte, error) { return json.Marshal((*plainPhone)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Phone) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainPhone)(&v))
}

type plainWallet Wallet

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Wallet) MarshalJSON() ([]byte, error) { return json.Marshal((*plainWallet)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Wallet) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainWallet)(&v))
}

type plainAutoTopUp AutoTopUp

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v AutoTopUp) MarshalJSON() ([]byte, error) { return json.Marshal((*plainAutoTopUp)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v AutoTopUp) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainAutoTopUp)(&v))
}

type plainRFID RFID

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v RFID) MarshalJSON() ([]byte, error) { return json.Marshal((*plainRFID)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v RFID) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainRFID)(&v))
}

type plainLoadManagementGroup LoadManagementGroup

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v LoadManagementGroup) MarshalJSON() ([]byte, error) {
	return json.Marshal((*plainLoadManagementGroup)(&v))
}

// MarshalJSONTo implements [json.MarshalerTo].
func (v LoadManagementGroup) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainLoadManagementGroup)(&v))
}

type plainOrganization Organization

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v Organization) MarshalJSON() ([]byte, error) { return json.Marshal((*plainOrganization)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v Organization) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainOrganization)(&v))
}

type plainOpeningHours OpeningHours

// MarshalJSON implements the encoding/json Marshaler with json v2's output.
func (v OpeningHours) MarshalJSON() ([]byte, error) { return json.Marshal((*plainOpeningHours)(&v)) }

// MarshalJSONTo implements [json.MarshalerTo].
func (v OpeningHours) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, (*plainOpeningHours)(&v))
}
