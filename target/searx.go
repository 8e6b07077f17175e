package target

// searxErrorContext is the error record searx and SearXNG log for an
// engine whose request failed (searx/metrics/error_recorder.py): the
// source place, the exception's class name and, for an HTTP client's
// error, a tuple of the status, the reason and the host it requested:
// "ErrorContext('searx/search/processors/online.py', 116, "response =
// req(params['url'], **request_args)", 'httpx.ConnectTimeout', None,
// (None, None, 'api.qwant.com')) False". The host is the engine's site,
// reached over HTTPS; the class names the kind (ConnectTimeout,
// ConnectError).
var searxErrorContext = ex("errorcontext(", phrase, "searx", 443,
	`ErrorContext\([^\n]*?, '(?:httpx|requests|aiohttp|ssl|socket|h11|httpcore)\.[A-Za-z.]+', (?:None|'[^'\n]*'), \((?:None|'[^'\n]*'|[0-9]+), (?:None|'[^'\n]*'), '`+hostGroup+`'\)\)`)
