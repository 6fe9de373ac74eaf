# This Source Code Form is part of http-status-i18n.
#
# Source texts (en-US) for every HTTP status code the catalogue knows.
#
# Each message is one status code:
#   - the value is the title: the reason phrase as a person reads it,
#     short enough for the heading of an error page;
#   - .description is one or two plain sentences for developers: what the
#     code means and when a server sends it;
#   - .advice (4xx and 5xx only) is one sentence for a visitor who sees the
#     code on an error page: what they can do now. Address the visitor,
#     not the developer.
#
# Comments name the code, its registry state and the specification it comes
# from. Protocol words that every language keeps (HTTP, URI, TLS, WebDAV,
# header names such as Content-Length) stay as they are.
# Texts carry no variables.


## Fallback texts: a status code that the catalogue does not know, and the
## five classes. A code without its own message is shown with its class.

# A number that is not an HTTP status code at all (outside 100 to 599).
http-unknown = Unknown Status
    .description = The status code is not a valid HTTP status code; valid codes are three-digit numbers from 100 to 599.
    .advice = Something unexpected happened. Please try again later.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informational
    .description = An interim response: the server has received the request and is still working on it. The final response follows.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Success
    .description = The server received, understood and accepted the request.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Redirection
    .description = The client has to take a further action, usually following a link to another address, to complete the request.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Client Error
    .description = The request contains an error or cannot be fulfilled as sent; the client should not repeat it unchanged.
    .advice = Check the address and what you entered, then try again.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Server Error
    .description = The server failed to fulfil a request that appears to be valid.
    .advice = The problem is on our side. Please try again in a few minutes.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Continue
    .description = The server has received the request headers and the client may go on sending the request body.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Switching Protocols
    .description = The server agrees to the client's Upgrade request and switches to the protocol named in the response, for example WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Processing
    .description = WebDAV: the server has accepted the request and is still processing it, so the client should not time out.
# 103 Early Hints, RFC 8297.
http-103 = Early Hints
    .description = Sent before the final response so that the client can start preloading resources named in the Link headers.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Upload Resumption Supported
    .description = The server supports resumable uploads and tells the client where it can resume an interrupted upload. This code is registered only temporarily.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = The request succeeded. What the response contains depends on the request method.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Created
    .description = The request succeeded and created one or more new resources, usually identified by the Location header.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Accepted
    .description = The request has been accepted for processing, but processing has not finished and may still fail.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Non-Authoritative Information
    .description = The request succeeded, but a transforming proxy has modified the content that the origin server sent.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = No Content
    .description = The request succeeded and there is no content to send in the response body.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Reset Content
    .description = The request succeeded and the client should reset the form or view that sent it, for example to allow new input.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Partial Content
    .description = The server is sending only the parts of the resource that the client asked for with a Range header.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Multi-Status
    .description = WebDAV: the body is an XML document with a separate status for each of several resources.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Already Reported
    .description = WebDAV: members of this collection were already listed earlier in the same response and are not repeated.
# 226 IM Used, RFC 3229.
http-226 = IM Used
    .description = The server fulfilled a GET request with delta encoding: the response is the result of instance manipulations applied to the current resource.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Multiple Choices
    .description = The resource is available in several representations and the client, or the user, can choose one of them.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Moved Permanently
    .description = The resource has a new permanent address, given in the Location header; links should be updated to it.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Found
    .description = The resource is temporarily at another address, given in the Location header. Clients commonly switch a POST to GET when following it.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = See Other
    .description = The client should fetch another resource, named in the Location header, with a GET request, for example a result page after a form was submitted.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Not Modified
    .description = A conditional GET or HEAD request found the resource unchanged, so the client can use its cached copy.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Use Proxy
    .description = Deprecated: once asked the client to repeat the request through a proxy. Clients no longer follow it for security reasons.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Switch Proxy (Unused)
    .description = Reserved: this code was used in an earlier draft of HTTP and is no longer used.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Temporary Redirect
    .description = The resource is temporarily at another address, and the client must repeat the request there with the same method and body.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Permanent Redirect
    .description = The resource has a new permanent address, and the client must repeat the request there with the same method and body.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Bad Request
    .description = The server cannot process the request because of a client error, such as malformed syntax or an invalid message framing.
    .advice = Check the address or the form you submitted, then try again.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Unauthorized
    .description = The request lacks valid authentication credentials; the WWW-Authenticate header says how to authenticate.
    .advice = Sign in, then try again.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Payment Required
    .description = Reserved for future use. Some services send it when a payment or a subscription is needed.
    .advice = This content may need a payment or a subscription.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Forbidden
    .description = The server understood the request but refuses to fulfil it; signing in again will not change that.
    .advice = You do not have permission to view this page.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Not Found
    .description = The server found nothing at this address, and cannot say whether it ever will.
    .advice = Check the address for typos, or go back to the home page.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Method Not Allowed
    .description = The resource does not support the request method; the Allow header lists the methods it does support.
    .advice = This action is not available here. Go back and try another way.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Not Acceptable
    .description = The server has no representation of the resource that matches the Accept headers of the request.
    .advice = This page is not available in a format or language your browser accepts.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Proxy Authentication Required
    .description = Like 401, but the client must first authenticate with a proxy, as the Proxy-Authenticate header describes.
    .advice = Sign in to your network's proxy, then try again.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Request Timeout
    .description = The server did not receive a complete request within the time it was prepared to wait, and closed the connection.
    .advice = The connection took too long. Please try again.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Conflict
    .description = The request conflicts with the current state of the resource, for example an edit based on an outdated version.
    .advice = Someone may have changed this content at the same time. Reload the page and try again.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Gone
    .description = The resource has been removed on purpose and will not come back; links to it should be deleted.
    .advice = This page has been removed for good.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Length Required
    .description = The server refuses a request that has a body but no Content-Length header.
    .advice = Your browser sent an incomplete request. Please try again.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Precondition Failed
    .description = A condition in the request headers, such as If-Match or If-Unmodified-Since, evaluated to false on the server.
    .advice = The content has changed since you loaded it. Reload the page and try again.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Content Too Large
    .description = The request content is larger than the server is willing or able to process.
    .advice = What you sent is too large. Try a smaller file.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI Too Long
    .description = The request target URI is longer than the server is willing to interpret.
    .advice = The address is too long. Check it, or start again from the home page.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Unsupported Media Type
    .description = The server does not support the format of the request content, as given by Content-Type or Content-Encoding.
    .advice = This type of file is not supported here.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Range Not Satisfiable
    .description = None of the ranges in the request's Range header overlap the current extent of the resource.
    .advice = The requested part of the file is not available. Try downloading it again from the start.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Expectation Failed
    .description = The server cannot meet the expectation given in the request's Expect header.
    .advice = Your browser sent a request this server cannot handle. Please try again.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = I'm a Teapot (Unused)
    .description = Reserved: an April Fools' joke from RFC 2324 deployed widely enough that the code cannot be used for anything else.
    .advice = The server declined this request with a joke status code.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Enhance Your Calm
    .description = Unofficial, from Twitter's early API: the client is being rate limited. Standard servers use 429 instead.
    .advice = Too many requests in a short time. Wait a moment, then try again.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Misdirected Request
    .description = The request reached a server that is not configured to answer for this scheme and authority, often through a reused connection.
    .advice = Please try again. If the problem persists, restart your browser.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Unprocessable Content
    .description = The request is well formed, but the server cannot act on its content, for example because of validation errors.
    .advice = Some of what you entered is not valid. Check it and try again.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Locked
    .description = WebDAV: the resource is locked, so this method cannot be applied to it.
    .advice = This content is locked because someone else is working on it. Try again later.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Failed Dependency
    .description = WebDAV: the method could not run because another action it depends on failed.
    .advice = Your request could not be completed because a related step failed. Please try again.
# 425 Too Early, RFC 8470.
http-425 = Too Early
    .description = The server is unwilling to process a request that might be replayed, such as one sent as TLS early data.
    .advice = Please try again in a moment.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Upgrade Required
    .description = The server refuses the request over the current protocol; the Upgrade header names the protocol to switch to.
    .advice = Your browser needs a newer connection method. Update your browser, then try again.
# 428 Precondition Required, RFC 6585.
http-428 = Precondition Required
    .description = The server requires the request to be conditional, for example with If-Match, to prevent lost updates.
    .advice = Reload the page and try again.
# 429 Too Many Requests, RFC 6585.
http-429 = Too Many Requests
    .description = The client has sent too many requests in a given time; a Retry-After header may say how long to wait.
    .advice = You have made too many requests. Wait a moment, then try again.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Request Header Fields Too Large
    .description = The server refuses the request because one header field, or all of them together, are too large.
    .advice = Clearing this site's cookies in your browser may help. Then try again.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Login Time-out
    .description = Unofficial, from Microsoft IIS: the client's session has expired and the user must sign in again.
    .advice = Your session has expired. Sign in again.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = No Response
    .description = Unofficial, used inside nginx: the server closed the connection without sending any response. It appears in logs, never to clients.
    .advice = The server closed the connection without an answer. Please try again later.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Retry With
    .description = Unofficial, from Microsoft IIS: the request lacked information and should be retried after the client supplies it.
    .advice = Some information is missing. Please try again.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Blocked by Windows Parental Controls
    .description = Unofficial, from Microsoft: Windows Parental Controls blocked access to the requested page.
    .advice = Parental controls on this computer have blocked this page.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Unavailable For Legal Reasons
    .description = The server is denying access to the resource because of a legal demand, such as a court order.
    .advice = This content is not available to you for legal reasons.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Request Header Too Large
    .description = Unofficial, from nginx: the request or one of its header lines is too large; a predecessor of 431.
    .advice = Clearing this site's cookies in your browser may help. Then try again.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL Certificate Error
    .description = Unofficial, from nginx: the client certificate presented for TLS client authentication is invalid.
    .advice = Your security certificate was not accepted. Contact the site's administrator.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = SSL Certificate Required
    .description = Unofficial, from nginx: the server requires a TLS client certificate and the client did not present one.
    .advice = This site needs a security certificate from your device. Contact the site's administrator.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTP Request Sent to HTTPS Port
    .description = Unofficial, from nginx: a plain HTTP request arrived on a port that expects HTTPS.
    .advice = Use an address that starts with https:// and try again.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Client Closed Request
    .description = Unofficial, used in nginx logs: the client closed the connection before the server could send its response.
    .advice = The request was cancelled before it finished. Please try again.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Internal Server Error
    .description = The server ran into an unexpected condition that kept it from fulfilling the request.
    .advice = Something went wrong on our side. Please try again later.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Not Implemented
    .description = The server does not support the functionality needed to fulfil the request, such as an unknown request method.
    .advice = This feature is not available on this site.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Bad Gateway
    .description = A gateway or proxy received an invalid response from the upstream server it contacted.
    .advice = The site is having trouble reaching one of its servers. Please try again in a few minutes.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Service Unavailable
    .description = The server cannot handle the request right now because of overload or maintenance; a Retry-After header may say when to try again.
    .advice = The site is temporarily unavailable. Please try again later.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Gateway Timeout
    .description = A gateway or proxy did not receive a response from the upstream server in time.
    .advice = The site is taking too long to respond. Please try again in a few minutes.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = HTTP Version Not Supported
    .description = The server does not support the major version of HTTP used in the request.
    .advice = Your browser uses a connection method this server does not support. Update your browser, then try again.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Variant Also Negotiates
    .description = Transparent content negotiation is misconfigured on the server: the chosen variant is itself set up to negotiate.
    .advice = The site is misconfigured. Please try again later.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Insufficient Storage
    .description = WebDAV: the server cannot store what is needed to complete the request.
    .advice = The server has run out of storage space. Please try again later.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Loop Detected
    .description = WebDAV: the server stopped the operation because it found an infinite loop, for example in bindings with a Depth of infinity.
    .advice = The server ran into a loop while handling your request. Please try again later.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Bandwidth Limit Exceeded
    .description = Unofficial, used by Apache and cPanel hosting: the site has used up the bandwidth its hosting plan allows.
    .advice = This site has exceeded its traffic allowance. Please try again later.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Not Extended
    .description = Obsolete: the request did not meet the extension policy of the HTTP Extension Framework, which is now Historic.
    .advice = The server could not handle this request. Please try again later.
# 511 Network Authentication Required, RFC 6585.
http-511 = Network Authentication Required
    .description = The client must authenticate to gain network access, typically through the login page of a captive portal.
    .advice = Sign in to the network you are connected to, for example on its Wi-Fi login page.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Web Server Returned an Unknown Error
    .description = Unofficial, from Cloudflare: the origin server returned an empty, unknown or unexpected response.
    .advice = The site's server responded unexpectedly. Please try again in a few minutes.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Web Server Is Down
    .description = Unofficial, from Cloudflare: the origin server refused the connection.
    .advice = The site's server is not reachable right now. Please try again later.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Connection Timed Out
    .description = Unofficial, from Cloudflare: the TCP connection to the origin server timed out.
    .advice = The site's server took too long to answer. Please try again later.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Origin Is Unreachable
    .description = Unofficial, from Cloudflare: Cloudflare could not reach the origin server, for example because of a DNS or routing problem.
    .advice = The site's server is not reachable right now. Please try again later.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = A Timeout Occurred
    .description = Unofficial, from Cloudflare: the connection to the origin server succeeded, but it did not send an HTTP response in time.
    .advice = The site's server took too long to answer. Please try again later.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = SSL Handshake Failed
    .description = Unofficial, from Cloudflare: the TLS handshake between Cloudflare and the origin server failed.
    .advice = A secure connection to the site's server could not be set up. Please try again later.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Invalid SSL Certificate
    .description = Unofficial, from Cloudflare: Cloudflare could not validate the TLS certificate of the origin server.
    .advice = The site's security certificate could not be verified. Please try again later.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Origin DNS Error
    .description = Unofficial, from Cloudflare: sent together with a Cloudflare 1xxx error, most often when the origin server's DNS name cannot be resolved.
    .advice = The site cannot be reached right now. Please try again later.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Network Read Timeout Error
    .description = Unofficial, a convention of some proxies: reading the response from the upstream server timed out.
    .advice = The site took too long to respond. Please try again later.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Network Connect Timeout Error
    .description = Unofficial, a convention of some proxies: connecting to the upstream server timed out.
    .advice = The site could not be reached in time. Please try again later.
