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
http-unknown = 未知状态
    .description = 该状态码不是有效的 HTTP 状态码；有效的状态码是 100 到 599 之间的三位数。
    .advice = 发生了意外情况。请稍后重试。
# 1xx class, RFC 9110 section 15.2.
http-1xx = 信息响应
    .description = 临时响应：服务器已收到请求，仍在处理中，随后会发送最终响应。
# 2xx class, RFC 9110 section 15.3.
http-2xx = 成功
    .description = 服务器已收到、理解并接受了该请求。
# 3xx class, RFC 9110 section 15.4.
http-3xx = 重定向
    .description = 客户端需要执行进一步的操作才能完成请求，通常是跟随链接转到另一个地址。
# 4xx class, RFC 9110 section 15.5.
http-4xx = 客户端错误
    .description = 请求有误，或按原样无法满足；客户端不应原封不动地重复发送该请求。
    .advice = 请检查网址和您输入的内容，然后重试。
# 5xx class, RFC 9110 section 15.6.
http-5xx = 服务器错误
    .description = 服务器未能完成一个看似有效的请求。
    .advice = 问题出在我们这边。请过几分钟再试。

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = 继续
    .description = 服务器已收到请求标头，客户端可以继续发送请求体。
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = 切换协议
    .description = 服务器同意客户端通过 Upgrade 标头提出的请求，并切换到响应中指定的协议，例如 WebSocket。
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = 处理中
    .description = WebDAV：服务器已接受请求，仍在处理中，因此客户端不应判定为超时。
# 103 Early Hints, RFC 8297.
http-103 = 早期提示
    .description = 在最终响应之前发送，使客户端可以开始预加载 Link 标头中列出的资源。
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = 支持上传断点续传
    .description = 服务器支持可续传的上传，并告知客户端可以从何处继续被中断的上传。此状态码目前仅为临时注册。

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = 请求成功。响应包含什么内容取决于请求方法。
# 201 Created, RFC 9110 section 15.3.2.
http-201 = 已创建
    .description = 请求成功，并创建了一个或多个新资源，新资源通常由 Location 标头标识。
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = 已接受
    .description = 请求已被接受并等待处理，但处理尚未完成，仍有可能失败。
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = 非权威信息
    .description = 请求成功，但源服务器发送的内容已被一个进行内容转换的代理修改。
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = 无内容
    .description = 请求成功，但响应体中没有需要发送的内容。
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = 重置内容
    .description = 请求成功，客户端应重置发出该请求的表单或视图，例如让用户可以重新输入。
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = 部分内容
    .description = 服务器仅发送客户端通过 Range 标头所请求的那部分资源。
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = 多状态
    .description = WebDAV：响应体是一个 XML 文档，分别给出多个资源各自的状态。
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = 已报告
    .description = WebDAV：该集合的成员已在同一响应的前面部分列出，此处不再重复。
# 226 IM Used, RFC 3229.
http-226 = 已使用 IM
    .description = 服务器使用增量编码完成了 GET 请求：响应是对当前资源应用实例操作后得到的结果。

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = 多种选择
    .description = 该资源有多种表示形式，客户端或用户可以从中选择一种。
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = 永久移动
    .description = 该资源已有新的永久地址，由 Location 标头给出；指向它的链接应更新为新地址。
# 302 Found, RFC 9110 section 15.4.3.
http-302 = 已找到
    .description = 该资源暂时位于另一个地址，由 Location 标头给出。客户端在跟随此重定向时，通常会将 POST 改为 GET。
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = 查看其他位置
    .description = 客户端应使用 GET 请求获取 Location 标头所指定的另一个资源，例如提交表单后的结果页面。
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = 未修改
    .description = 条件 GET 或 HEAD 请求发现资源未发生变化，因此客户端可以使用其缓存的副本。
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = 使用代理
    .description = 已弃用：曾用于要求客户端通过代理重新发送请求。出于安全考虑，客户端已不再遵循此状态码。
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = 切换代理（未使用）
    .description = 保留：此状态码曾在 HTTP 的早期草案中使用，现已不再使用。
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = 临时重定向
    .description = 该资源暂时位于另一个地址，客户端必须使用相同的方法和请求体向该地址重新发送请求。
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = 永久重定向
    .description = 该资源已有新的永久地址，客户端必须使用相同的方法和请求体向该地址重新发送请求。

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = 错误请求
    .description = 由于客户端错误（例如语法格式错误或消息分帧无效），服务器无法处理该请求。
    .advice = 请检查网址或您提交的表单，然后重试。
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = 未授权
    .description = 请求缺少有效的身份验证凭据；WWW-Authenticate 标头说明了应如何进行身份验证。
    .advice = 请登录后重试。
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = 需要付款
    .description = 保留供将来使用。部分服务会在需要付款或订阅时发送此状态码。
    .advice = 此内容可能需要付费或订阅后才能访问。
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = 禁止访问
    .description = 服务器理解该请求，但拒绝执行；即使重新登录也无法改变这一结果。
    .advice = 您没有查看此页面的权限。
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = 未找到
    .description = 服务器在此地址上没有找到任何内容，也无法确定以后是否会有。
    .advice = 请检查网址是否有拼写错误，或返回首页。
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = 方法不允许
    .description = 该资源不支持此请求方法；Allow 标头列出了它所支持的方法。
    .advice = 此处无法执行该操作。请返回并尝试其他方式。
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = 无法接受
    .description = 服务器没有与请求中 Accept 类标头相匹配的资源表示形式。
    .advice = 此页面没有您的浏览器可以接受的格式或语言版本。
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = 需要代理身份验证
    .description = 与 401 类似，但客户端必须先按照 Proxy-Authenticate 标头的说明向代理进行身份验证。
    .advice = 请先登录您所在网络的代理，然后重试。
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = 请求超时
    .description = 服务器在其愿意等待的时间内未收到完整的请求，因此关闭了连接。
    .advice = 连接用时过长。请重试。
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = 冲突
    .description = 请求与资源的当前状态相冲突，例如基于过时版本所做的编辑。
    .advice = 可能有其他人同时修改了此内容。请刷新页面后重试。
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = 已删除
    .description = 该资源已被有意删除，并且不会恢复；指向它的链接应当删除。
    .advice = 此页面已被永久删除。
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = 需要指定长度
    .description = 服务器拒绝带有请求体但缺少 Content-Length 标头的请求。
    .advice = 您的浏览器发送的请求不完整。请重试。
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = 先决条件失败
    .description = 请求标头中的某个条件（例如 If-Match 或 If-Unmodified-Since）在服务器上的求值结果为假。
    .advice = 自您加载此页面以来，内容已发生变化。请刷新页面后重试。
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = 内容过大
    .description = 请求内容的大小超出了服务器愿意或能够处理的范围。
    .advice = 您发送的内容太大。请尝试使用较小的文件。
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI 过长
    .description = 请求目标 URI 的长度超出了服务器愿意解析的范围。
    .advice = 网址过长。请检查网址，或从首页重新开始。
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = 不支持的媒体类型
    .description = 服务器不支持请求内容的格式，该格式由 Content-Type 或 Content-Encoding 指明。
    .advice = 此处不支持这种类型的文件。
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = 范围无法满足
    .description = 请求的 Range 标头中的所有范围均与资源当前的实际范围没有重叠。
    .advice = 无法获取所请求的文件部分。请尝试从头重新下载。
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = 预期失败
    .description = 服务器无法满足请求的 Expect 标头中给出的预期。
    .advice = 您的浏览器发送了此服务器无法处理的请求。请重试。
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = 我是茶壶（未使用）
    .description = 保留：源自 RFC 2324 的愚人节玩笑，由于被广泛实现，此状态码已无法再用于其他用途。
    .advice = 服务器用一个玩笑性质的状态码拒绝了此请求。
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = 请保持冷静
    .description = 非官方（Twitter 早期接口）：客户端正受到速率限制。标准服务器改用 429。
    .advice = 短时间内的请求过多。请稍等片刻，然后重试。
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = 错误定向的请求
    .description = 请求到达的服务器未配置为针对该 URI 方案及主机（含端口）作出响应，这通常是复用连接所致。
    .advice = 请重试。如果问题仍然存在，请重新启动浏览器。
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = 无法处理的内容
    .description = 请求格式正确，但服务器无法处理其内容，例如由于数据验证未通过。
    .advice = 您输入的部分内容无效。请检查后重试。
# 423 Locked, RFC 4918 (WebDAV).
http-423 = 已锁定
    .description = WebDAV：该资源已被锁定，因此无法对其应用此方法。
    .advice = 其他人正在处理此内容，因此它已被锁定。请稍后重试。
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = 依赖失败
    .description = WebDAV：该方法所依赖的另一项操作失败，因此无法执行。
    .advice = 由于某个相关步骤失败，您的请求未能完成。请重试。
# 425 Too Early, RFC 8470.
http-425 = 请求过早
    .description = 服务器不愿处理可能被重放的请求，例如作为 TLS 早期数据发送的请求。
    .advice = 请稍等片刻后重试。
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = 需要升级
    .description = 服务器拒绝通过当前协议处理该请求；Upgrade 标头指明了需要切换到的协议。
    .advice = 您的浏览器需要使用更新的连接方式。请更新浏览器后重试。
# 428 Precondition Required, RFC 6585.
http-428 = 需要先决条件
    .description = 服务器要求该请求必须是条件请求（例如带有 If-Match），以防止更新丢失。
    .advice = 请刷新页面后重试。
# 429 Too Many Requests, RFC 6585.
http-429 = 请求过多
    .description = 客户端在给定时间内发送的请求过多；Retry-After 标头可能会说明需要等待多久。
    .advice = 您的请求次数过多。请稍等片刻，然后重试。
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = 请求标头字段过大
    .description = 由于某个标头字段或所有标头字段合计过大，服务器拒绝了该请求。
    .advice = 可以尝试在浏览器中清除本网站的 Cookie，然后重试。
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = 登录超时
    .description = 非官方（Microsoft IIS）：客户端的会话已过期，用户必须重新登录。
    .advice = 您的登录状态已过期。请重新登录。
# 444 No Response. Unofficial: nginx, internal only.
http-444 = 无响应
    .description = 非官方（nginx 内部使用）：服务器未发送任何响应就关闭了连接。此状态码只出现在日志中，从不发送给客户端。
    .advice = 服务器未作任何应答就关闭了连接。请稍后重试。
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = 请补充信息后重试
    .description = 非官方（Microsoft IIS）：请求缺少信息，客户端应在补充这些信息后重试该请求。
    .advice = 缺少部分信息。请重试。
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = 已被 Windows 家长控制阻止
    .description = 非官方（Microsoft）：Windows 家长控制阻止了对所请求页面的访问。
    .advice = 这台电脑上的家长控制已阻止此页面。
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = 因法律原因不可用
    .description = 由于法律要求（例如法院命令），服务器拒绝提供对该资源的访问。
    .advice = 由于法律原因，您无法访问此内容。
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = 请求标头过大
    .description = 非官方（nginx）：请求或其中某一行标头过大；是 431 的前身。
    .advice = 可以尝试在浏览器中清除本网站的 Cookie，然后重试。
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL 证书错误
    .description = 非官方（nginx）：客户端为进行 TLS 客户端身份验证而出示的证书无效。
    .advice = 您的安全证书未被接受。请联系网站管理员。
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = 需要 SSL 证书
    .description = 非官方（nginx）：服务器要求提供 TLS 客户端证书，但客户端未出示。
    .advice = 此网站需要您的设备提供安全证书。请联系网站管理员。
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTP 请求发送到了 HTTPS 端口
    .description = 非官方（nginx）：未加密的 HTTP 请求到达了要求使用 HTTPS 的端口。
    .advice = 请使用以 https:// 开头的网址，然后重试。
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = 客户端取消了请求
    .description = 非官方（nginx 日志中使用）：客户端在服务器发送响应之前关闭了连接。
    .advice = 请求在完成之前已被取消。请重试。

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = 服务器内部错误
    .description = 服务器遇到了意外情况，导致无法完成该请求。
    .advice = 我们这边出了点问题。请稍后重试。
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = 未实现
    .description = 服务器不支持完成该请求所需的功能，例如无法识别的请求方法。
    .advice = 此网站不提供该功能。
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = 网关错误
    .description = 网关或代理从其联系的上游服务器收到了无效的响应。
    .advice = 网站在连接其某台服务器时遇到了问题。请过几分钟再试。
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = 服务不可用
    .description = 服务器由于过载或维护，暂时无法处理该请求；Retry-After 标头可能会说明何时可以重试。
    .advice = 网站暂时无法使用。请稍后重试。
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = 网关超时
    .description = 网关或代理未能及时从上游服务器收到响应。
    .advice = 网站响应时间过长。请过几分钟再试。
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = 不支持的 HTTP 版本
    .description = 服务器不支持请求所使用的 HTTP 主版本。
    .advice = 您的浏览器使用了此服务器不支持的连接方式。请更新浏览器后重试。
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = 变体也在协商
    .description = 服务器上的透明内容协商配置有误：所选的变体本身也被配置为进行协商。
    .advice = 网站配置有误。请稍后重试。
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = 存储空间不足
    .description = WebDAV：服务器无法存储完成该请求所需的内容。
    .advice = 服务器的存储空间已用完。请稍后重试。
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = 检测到循环
    .description = WebDAV：服务器检测到无限循环（例如在 Depth 为无限的绑定中），因此中止了操作。
    .advice = 服务器在处理您的请求时陷入了循环。请稍后重试。
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = 超出带宽限制
    .description = 非官方（Apache 和 cPanel 主机使用）：该网站已用完其主机套餐所允许的带宽。
    .advice = 此网站已超出其流量限额。请稍后重试。
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = 未扩展
    .description = 已废弃：请求不符合 HTTP 扩展框架的扩展策略，该框架现已被归为历史文档。
    .advice = 服务器无法处理此请求。请稍后重试。
# 511 Network Authentication Required, RFC 6585.
http-511 = 需要网络身份验证
    .description = 客户端必须进行身份验证才能访问网络，通常是通过强制门户的登录页面。
    .advice = 请登录您当前连接的网络，例如在其 Wi-Fi 登录页面上登录。
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = 网站服务器返回未知错误
    .description = 非官方（Cloudflare）：源服务器返回了空的、未知的或意外的响应。
    .advice = 网站的服务器返回了意外的响应。请过几分钟再试。
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = 网站服务器已宕机
    .description = 非官方（Cloudflare）：源服务器拒绝了连接。
    .advice = 目前无法访问网站的服务器。请稍后重试。
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = 连接超时
    .description = 非官方（Cloudflare）：与源服务器的 TCP 连接超时。
    .advice = 网站的服务器响应时间过长。请稍后重试。
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = 无法访问源服务器
    .description = 非官方（Cloudflare）：Cloudflare 无法访问源服务器，例如由于 DNS 或路由问题。
    .advice = 目前无法访问网站的服务器。请稍后重试。
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = 发生超时
    .description = 非官方（Cloudflare）：已成功连接到源服务器，但源服务器未能及时发送 HTTP 响应。
    .advice = 网站的服务器响应时间过长。请稍后重试。
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = SSL 握手失败
    .description = 非官方（Cloudflare）：Cloudflare 与源服务器之间的 TLS 握手失败。
    .advice = 无法与网站的服务器建立安全连接。请稍后重试。
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = SSL 证书无效
    .description = 非官方（Cloudflare）：Cloudflare 无法验证源服务器的 TLS 证书。
    .advice = 无法验证网站的安全证书。请稍后重试。
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = 源服务器 DNS 错误
    .description = 非官方（Cloudflare）：与 Cloudflare 1xxx 错误一同发送，最常见的原因是无法解析源服务器的 DNS 名称。
    .advice = 目前无法访问该网站。请稍后重试。
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = 网络读取超时错误
    .description = 非官方（部分代理的惯例）：从上游服务器读取响应时超时。
    .advice = 网站响应时间过长。请稍后重试。
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = 网络连接超时错误
    .description = 非官方（部分代理的惯例）：连接上游服务器时超时。
    .advice = 未能及时连接到该网站。请稍后重试。
