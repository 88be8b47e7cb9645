package http

// The status codes of the IANA registry (RFC 9110 and its extensions).
const (
	StatusContinue = 100
	StatusSwitchingProtocols = 101
	StatusProcessing = 102
	StatusEarlyHints = 103
	StatusOK = 200
	StatusCreated = 201
	StatusAccepted = 202
	StatusNonAuthoritativeInfo = 203
	StatusNoContent = 204
	StatusResetContent = 205
	StatusPartialContent = 206
	StatusMultiStatus = 207
	StatusAlreadyReported = 208
	StatusIMUsed = 226
	StatusMultipleChoices = 300
	StatusMovedPermanently = 301
	StatusFound = 302
	StatusSeeOther = 303
	StatusNotModified = 304
	StatusUseProxy = 305
	StatusTemporaryRedirect = 307
	StatusPermanentRedirect = 308
	StatusBadRequest = 400
	StatusUnauthorized = 401
	StatusPaymentRequired = 402
	StatusForbidden = 403
	StatusNotFound = 404
	StatusMethodNotAllowed = 405
	StatusNotAcceptable = 406
	StatusProxyAuthRequired = 407
	StatusRequestTimeout = 408
	StatusConflict = 409
	StatusGone = 410
	StatusLengthRequired = 411
	StatusPreconditionFailed = 412
	StatusRequestEntityTooLarge = 413
	StatusRequestURITooLong = 414
	StatusUnsupportedMediaType = 415
	StatusRequestedRangeNotSatisfiable = 416
	StatusExpectationFailed = 417
	StatusTeapot = 418
	StatusMisdirectedRequest = 421
	StatusUnprocessableEntity = 422
	StatusLocked = 423
	StatusFailedDependency = 424
	StatusTooEarly = 425
	StatusUpgradeRequired = 426
	StatusPreconditionRequired = 428
	StatusTooManyRequests = 429
	StatusRequestHeaderFieldsTooLarge = 431
	StatusUnavailableForLegalReasons = 451
	StatusInternalServerError = 500
	StatusNotImplemented = 501
	StatusBadGateway = 502
	StatusServiceUnavailable = 503
	StatusGatewayTimeout = 504
	StatusHTTPVersionNotSupported = 505
	StatusVariantAlsoNegotiates = 506
	StatusInsufficientStorage = 507
	StatusLoopDetected = 508
	StatusNotExtended = 510
	StatusNetworkAuthenticationRequired = 511
)

// StatusText returns a text for the HTTP status code. It returns the empty string if
// the code is unknown.
func StatusText(code int) string {
	switch code {
	case 100:
		return "Continue"
	case 101:
		return "Switching Protocols"
	case 102:
		return "Processing"
	case 103:
		return "Early Hints"
	case 200:
		return "OK"
	case 201:
		return "Created"
	case 202:
		return "Accepted"
	case 203:
		return "Non-Authoritative Information"
	case 204:
		return "No Content"
	case 205:
		return "Reset Content"
	case 206:
		return "Partial Content"
	case 207:
		return "Multi-Status"
	case 208:
		return "Already Reported"
	case 226:
		return "IM Used"
	case 300:
		return "Multiple Choices"
	case 301:
		return "Moved Permanently"
	case 302:
		return "Found"
	case 303:
		return "See Other"
	case 304:
		return "Not Modified"
	case 305:
		return "Use Proxy"
	case 307:
		return "Temporary Redirect"
	case 308:
		return "Permanent Redirect"
	case 400:
		return "Bad Request"
	case 401:
		return "Unauthorized"
	case 402:
		return "Payment Required"
	case 403:
		return "Forbidden"
	case 404:
		return "Not Found"
	case 405:
		return "Method Not Allowed"
	case 406:
		return "Not Acceptable"
	case 407:
		return "Proxy Authentication Required"
	case 408:
		return "Request Timeout"
	case 409:
		return "Conflict"
	case 410:
		return "Gone"
	case 411:
		return "Length Required"
	case 412:
		return "Precondition Failed"
	case 413:
		return "Request Entity Too Large"
	case 414:
		return "Request URI Too Long"
	case 415:
		return "Unsupported Media Type"
	case 416:
		return "Requested Range Not Satisfiable"
	case 417:
		return "Expectation Failed"
	case 418:
		return "I'm a teapot"
	case 421:
		return "Misdirected Request"
	case 422:
		return "Unprocessable Entity"
	case 423:
		return "Locked"
	case 424:
		return "Failed Dependency"
	case 425:
		return "Too Early"
	case 426:
		return "Upgrade Required"
	case 428:
		return "Precondition Required"
	case 429:
		return "Too Many Requests"
	case 431:
		return "Request Header Fields Too Large"
	case 451:
		return "Unavailable For Legal Reasons"
	case 500:
		return "Internal Server Error"
	case 501:
		return "Not Implemented"
	case 502:
		return "Bad Gateway"
	case 503:
		return "Service Unavailable"
	case 504:
		return "Gateway Timeout"
	case 505:
		return "HTTP Version Not Supported"
	case 506:
		return "Variant Also Negotiates"
	case 507:
		return "Insufficient Storage"
	case 508:
		return "Loop Detected"
	case 510:
		return "Not Extended"
	case 511:
		return "Network Authentication Required"
	}
	return ""
}
