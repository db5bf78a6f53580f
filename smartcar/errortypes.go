package smartcar

// ErrorType is the category of a Smartcar error, in VEHICLE_ERROR events
// and in failed signals. It is an open set: webhooks reuse the REST API's
// error catalogue, so every category of that catalogue has a constant.
type ErrorType string

// Documented error types.
const (
	ErrorTypeConnectedServicesAccount ErrorType = "CONNECTED_SERVICES_ACCOUNT"
	ErrorTypeVehicleState             ErrorType = "VEHICLE_STATE"
	ErrorTypeCompatibility            ErrorType = "COMPATIBILITY"
	ErrorTypePermission               ErrorType = "PERMISSION"
	ErrorTypeAuthentication           ErrorType = "AUTHENTICATION"
	ErrorTypeBilling                  ErrorType = "BILLING"
	ErrorTypeRateLimit                ErrorType = "RATE_LIMIT"
	ErrorTypeResourceNotFound         ErrorType = "RESOURCE_NOT_FOUND"
	ErrorTypeServer                   ErrorType = "SERVER"
	ErrorTypeUpstream                 ErrorType = "UPSTREAM"
	ErrorTypeValidation               ErrorType = "VALIDATION"
)

// Known reports whether t is a documented error type.
func (t ErrorType) Known() bool {
	switch t {
	case ErrorTypeConnectedServicesAccount, ErrorTypeVehicleState, ErrorTypeCompatibility,
		ErrorTypePermission, ErrorTypeAuthentication, ErrorTypeBilling, ErrorTypeRateLimit,
		ErrorTypeResourceNotFound, ErrorTypeServer, ErrorTypeUpstream, ErrorTypeValidation:
		return true
	}
	return false
}

// ErrorCode is the precise error within an [ErrorType]; some types (such as
// PERMISSION) send a null code. It is an open set.
type ErrorCode string

// Documented error codes, grouped by the type they belong to.
const (
	// CONNECTED_SERVICES_ACCOUNT

	ErrorCodeAccountIssue         ErrorCode = "ACCOUNT_ISSUE"
	ErrorCodeAuthenticationFailed ErrorCode = "AUTHENTICATION_FAILED"
	ErrorCodePermission           ErrorCode = "PERMISSION"
	ErrorCodeSubscription         ErrorCode = "SUBSCRIPTION"
	ErrorCodeVirtualKeyRequired   ErrorCode = "VIRTUAL_KEY_REQUIRED"
	ErrorCodeNoVehicles           ErrorCode = "NO_VEHICLES"
	ErrorCodeVehicleMissing       ErrorCode = "VEHICLE_MISSING"

	// VEHICLE_STATE

	ErrorCodeRemoteAccessDisabled     ErrorCode = "REMOTE_ACCESS_DISABLED"
	ErrorCodeAsleep                   ErrorCode = "ASLEEP"
	ErrorCodeUnreachable              ErrorCode = "UNREACHABLE"
	ErrorCodeChargingInProgress       ErrorCode = "CHARGING_IN_PROGRESS"
	ErrorCodeChargingPlugNotConnected ErrorCode = "CHARGING_PLUG_NOT_CONNECTED"
	ErrorCodeDoorOpen                 ErrorCode = "DOOR_OPEN"
	ErrorCodeFullyCharged             ErrorCode = "FULLY_CHARGED"
	ErrorCodeNotCharging              ErrorCode = "NOT_CHARGING"
	ErrorCodeChargeFault              ErrorCode = "CHARGE_FAULT"
	ErrorCodeHoodOpen                 ErrorCode = "HOOD_OPEN"
	ErrorCodeIgnitionOn               ErrorCode = "IGNITION_ON"
	ErrorCodeInMotion                 ErrorCode = "IN_MOTION"
	ErrorCodeTrunkOpen                ErrorCode = "TRUNK_OPEN"
	ErrorCodeUnknown                  ErrorCode = "UNKNOWN"
	ErrorCodeVehicleOfflineForService ErrorCode = "VEHICLE_OFFLINE_FOR_SERVICE"

	// COMPATIBILITY

	ErrorCodeMakeNotCompatible  ErrorCode = "MAKE_NOT_COMPATIBLE"
	ErrorCodeSmartcarNotCapable ErrorCode = "SMARTCAR_NOT_CAPABLE"
	ErrorCodeVehicleNotCapable  ErrorCode = "VEHICLE_NOT_CAPABLE"

	// BILLING

	ErrorCodeInvalidPlan         ErrorCode = "INVALID_PLAN"
	ErrorCodeVehicleLimit        ErrorCode = "VEHICLE_LIMIT"
	ErrorCodeVehicleRequestLimit ErrorCode = "VEHICLE_REQUEST_LIMIT"
	ErrorCodeAccountSuspended    ErrorCode = "ACCOUNT_SUSPENDED"

	// RATE_LIMIT

	ErrorCodeSmartcarAPI ErrorCode = "SMARTCAR_API"
	ErrorCodeVehicle     ErrorCode = "VEHICLE"

	// RESOURCE_NOT_FOUND

	ErrorCodePath    ErrorCode = "PATH"
	ErrorCodeVersion ErrorCode = "VERSION"

	// SERVER

	ErrorCodeInternal             ErrorCode = "INTERNAL"
	ErrorCodeMultipleRecordsFound ErrorCode = "MULTIPLE_RECORDS_FOUND"
	ErrorCodeRecordNotFound       ErrorCode = "RECORD_NOT_FOUND"

	// UPSTREAM

	ErrorCodeInvalidData  ErrorCode = "INVALID_DATA"
	ErrorCodeKnownIssue   ErrorCode = "KNOWN_ISSUE"
	ErrorCodeNoResponse   ErrorCode = "NO_RESPONSE"
	ErrorCodeRateLimit    ErrorCode = "RATE_LIMIT"
	ErrorCodeUnknownIssue ErrorCode = "UNKNOWN_ISSUE"

	// VALIDATION

	ErrorCodeParameter ErrorCode = "PARAMETER"
)

var knownErrorCodes = map[ErrorCode]bool{
	ErrorCodeAccountIssue: true, ErrorCodeAuthenticationFailed: true, ErrorCodePermission: true,
	ErrorCodeSubscription: true, ErrorCodeVirtualKeyRequired: true, ErrorCodeNoVehicles: true,
	ErrorCodeVehicleMissing: true, ErrorCodeRemoteAccessDisabled: true, ErrorCodeAsleep: true,
	ErrorCodeUnreachable: true, ErrorCodeChargingInProgress: true, ErrorCodeChargingPlugNotConnected: true,
	ErrorCodeDoorOpen: true, ErrorCodeFullyCharged: true, ErrorCodeNotCharging: true,
	ErrorCodeChargeFault: true, ErrorCodeHoodOpen: true, ErrorCodeIgnitionOn: true,
	ErrorCodeInMotion: true, ErrorCodeTrunkOpen: true, ErrorCodeUnknown: true,
	ErrorCodeVehicleOfflineForService: true, ErrorCodeMakeNotCompatible: true,
	ErrorCodeSmartcarNotCapable: true, ErrorCodeVehicleNotCapable: true, ErrorCodeInvalidPlan: true,
	ErrorCodeVehicleLimit: true, ErrorCodeVehicleRequestLimit: true, ErrorCodeAccountSuspended: true,
	ErrorCodeSmartcarAPI: true, ErrorCodeVehicle: true, ErrorCodePath: true, ErrorCodeVersion: true,
	ErrorCodeInternal: true, ErrorCodeMultipleRecordsFound: true, ErrorCodeRecordNotFound: true,
	ErrorCodeInvalidData: true, ErrorCodeKnownIssue: true, ErrorCodeNoResponse: true,
	ErrorCodeRateLimit: true, ErrorCodeUnknownIssue: true, ErrorCodeParameter: true,
}

// Known reports whether c is a documented error code.
func (c ErrorCode) Known() bool { return knownErrorCodes[c] }

// ErrorState says whether a VEHICLE_ERROR condition is active or cleared. It
// is an open set.
type ErrorState string

// Documented error states.
const (
	ErrorStateError    ErrorState = "ERROR"
	ErrorStateResolved ErrorState = "RESOLVED"
)

// Known reports whether s is a documented error state.
func (s ErrorState) Known() bool { return s == ErrorStateError || s == ErrorStateResolved }

// ResolutionType says how an error can be resolved. It is an open set; it
// may be null.
type ResolutionType string

// Documented resolution types.
const (
	ResolutionRetryLater         ResolutionType = "RETRY_LATER"
	ResolutionContactSupport     ResolutionType = "CONTACT_SUPPORT"
	ResolutionUserActionRequired ResolutionType = "USER_ACTION_REQUIRED"
	ResolutionReauthenticate     ResolutionType = "REAUTHENTICATE"
)

// Known reports whether t is a documented resolution type.
func (t ResolutionType) Known() bool {
	switch t {
	case ResolutionRetryLater, ResolutionContactSupport, ResolutionUserActionRequired, ResolutionReauthenticate:
		return true
	}
	return false
}
