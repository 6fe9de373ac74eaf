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
http-unknown = 未知狀態
    .description = 此狀態碼不是有效的 HTTP 狀態碼；有效的狀態碼是介於 100 到 599 之間的三位數。
    .advice = 發生了非預期的狀況。請稍後再試。
# 1xx class, RFC 9110 section 15.2.
http-1xx = 資訊回應
    .description = 暫時性回應：伺服器已收到請求，仍在處理中，之後會送出最終回應。
# 2xx class, RFC 9110 section 15.3.
http-2xx = 成功
    .description = 伺服器已收到、理解並接受此請求。
# 3xx class, RFC 9110 section 15.4.
http-3xx = 重新導向
    .description = 用戶端必須採取進一步的動作才能完成請求，通常是依照連結前往另一個網址。
# 4xx class, RFC 9110 section 15.5.
http-4xx = 用戶端錯誤
    .description = 請求有誤，或無法依原樣完成；用戶端不應在未經修改的情況下重送。
    .advice = 請檢查網址和您輸入的內容，然後再試一次。
# 5xx class, RFC 9110 section 15.6.
http-5xx = 伺服器錯誤
    .description = 伺服器無法完成一個看似有效的請求。
    .advice = 問題出在我們這邊。請幾分鐘後再試。

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = 繼續
    .description = 伺服器已收到請求標頭，用戶端可以繼續傳送請求主體。
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = 切換通訊協定
    .description = 伺服器同意用戶端透過 Upgrade 標頭提出的請求，並切換至回應中指定的通訊協定，例如 WebSocket。
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = 處理中
    .description = WebDAV：伺服器已接受請求且仍在處理中，因此用戶端不應判定為逾時。
# 103 Early Hints, RFC 8297.
http-103 = 早期提示
    .description = 在最終回應之前送出，讓用戶端可以開始預先載入 Link 標頭所列出的資源。
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = 支援上傳續傳
    .description = 伺服器支援可續傳的上傳，並告知用戶端可從何處繼續中斷的上傳。此狀態碼目前僅為暫時註冊。

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = 請求成功。回應的內容取決於請求方法。
# 201 Created, RFC 9110 section 15.3.2.
http-201 = 已建立
    .description = 請求成功，並建立了一個或多個新資源，新資源通常由 Location 標頭指出。
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = 已接受
    .description = 請求已被接受並等待處理，但處理尚未完成，仍有可能失敗。
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = 非權威資訊
    .description = 請求成功，但來源伺服器送出的內容已被一個會轉換內容的代理伺服器修改。
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = 無內容
    .description = 請求成功，但回應主體中沒有需要傳送的內容。
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = 重設內容
    .description = 請求成功，用戶端應重設送出此請求的表單或檢視畫面，例如讓使用者重新輸入。
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = 部分內容
    .description = 伺服器只傳送用戶端透過 Range 標頭所要求的那部分資源。
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = 多重狀態
    .description = WebDAV：回應主體是一份 XML 文件，分別列出多個資源各自的狀態。
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = 已回報
    .description = WebDAV：此集合的成員已在同一個回應的前面列出過，因此不再重複。
# 226 IM Used, RFC 3229.
http-226 = 已使用 IM
    .description = 伺服器以差異編碼完成了 GET 請求：回應是對目前資源套用實例操作後所得的結果。

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = 多重選擇
    .description = 此資源有多種表示形式，用戶端或使用者可以從中選擇一種。
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = 永久移動
    .description = 此資源已有新的永久網址，由 Location 標頭提供；指向它的連結應更新為新網址。
# 302 Found, RFC 9110 section 15.4.3.
http-302 = 已找到
    .description = 此資源暫時位於另一個網址，由 Location 標頭提供。用戶端在依照此重新導向時，通常會把 POST 改為 GET。
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = 參閱其他位置
    .description = 用戶端應以 GET 請求取得 Location 標頭所指定的另一個資源，例如表單送出後的結果頁面。
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = 未修改
    .description = 條件式 GET 或 HEAD 請求發現資源沒有變更，因此用戶端可以使用快取中的副本。
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = 使用代理伺服器
    .description = 已淘汰：過去用來要求用戶端透過代理伺服器重送請求。基於安全考量，用戶端已不再遵循此狀態碼。
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = 切換代理伺服器（未使用）
    .description = 保留：此狀態碼曾用於 HTTP 的早期草案，現已不再使用。
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = 暫時重新導向
    .description = 此資源暫時位於另一個網址，用戶端必須以相同的方法和請求主體向該網址重送請求。
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = 永久重新導向
    .description = 此資源已有新的永久網址，用戶端必須以相同的方法和請求主體向該網址重送請求。

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = 錯誤的請求
    .description = 由於用戶端錯誤（例如語法格式錯誤或訊息框架無效），伺服器無法處理此請求。
    .advice = 請檢查網址或您送出的表單，然後再試一次。
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = 未授權
    .description = 請求缺少有效的身分驗證憑據；WWW-Authenticate 標頭會說明應如何進行身分驗證。
    .advice = 請先登入，然後再試一次。
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = 需要付款
    .description = 保留供日後使用。部分服務會在需要付款或訂閱時傳回此狀態碼。
    .advice = 此內容可能需要付費或訂閱才能檢視。
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = 禁止存取
    .description = 伺服器理解此請求，但拒絕執行；即使重新登入也無法改變結果。
    .advice = 您沒有檢視此頁面的權限。
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = 找不到
    .description = 伺服器在此網址找不到任何內容，也無法確定日後是否會有。
    .advice = 請檢查網址是否打錯字，或返回首頁。
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = 不允許的方法
    .description = 此資源不支援該請求方法；Allow 標頭會列出它支援的方法。
    .advice = 這裡無法執行此動作。請返回並改用其他方式。
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = 無法接受
    .description = 伺服器沒有符合請求中 Accept 系列標頭的資源表示形式。
    .advice = 此頁面沒有您的瀏覽器可接受的格式或語言版本。
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = 需要代理伺服器身分驗證
    .description = 與 401 類似，但用戶端必須先依照 Proxy-Authenticate 標頭的說明，向代理伺服器進行身分驗證。
    .advice = 請先登入您所在網路的代理伺服器，然後再試一次。
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = 請求逾時
    .description = 伺服器在願意等待的時間內未收到完整的請求，因此關閉了連線。
    .advice = 連線時間過長。請再試一次。
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = 衝突
    .description = 請求與資源目前的狀態衝突，例如根據過時版本所做的編輯。
    .advice = 可能有其他人同時修改了此內容。請重新整理頁面，然後再試一次。
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = 已移除
    .description = 此資源已被刻意移除且不會恢復；指向它的連結應予以刪除。
    .advice = 此頁面已永久移除。
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = 需要指定長度
    .description = 伺服器拒絕含有請求主體但沒有 Content-Length 標頭的請求。
    .advice = 您的瀏覽器送出的請求不完整。請再試一次。
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = 先決條件失敗
    .description = 請求標頭中的某個條件（例如 If-Match 或 If-Unmodified-Since）在伺服器上的評估結果為假。
    .advice = 自您載入此頁面後，內容已有變更。請重新整理頁面，然後再試一次。
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = 內容過大
    .description = 請求內容的大小超出伺服器願意或能夠處理的範圍。
    .advice = 您送出的內容太大。請改用較小的檔案。
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI 過長
    .description = 請求目標 URI 的長度超出伺服器願意解析的範圍。
    .advice = 網址太長。請檢查網址，或從首頁重新開始。
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = 不支援的媒體類型
    .description = 伺服器不支援請求內容的格式，該格式由 Content-Type 或 Content-Encoding 指出。
    .advice = 這裡不支援此類型的檔案。
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = 範圍無法滿足
    .description = 請求的 Range 標頭中，沒有任何一個範圍與資源目前的實際範圍重疊。
    .advice = 無法取得檔案中所要求的部分。請嘗試從頭重新下載。
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = 預期失敗
    .description = 伺服器無法滿足請求的 Expect 標頭所提出的預期。
    .advice = 您的瀏覽器送出了此伺服器無法處理的請求。請再試一次。
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = 我是茶壺（未使用）
    .description = 保留：源自 RFC 2324 的愚人節玩笑，由於已被廣泛實作，此狀態碼已無法再用於其他用途。
    .advice = 伺服器以一個玩笑性質的狀態碼拒絕了此請求。
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = 請保持冷靜
    .description = 非官方（Twitter 早期介面）：用戶端正受到速率限制。標準伺服器會改用 429。
    .advice = 短時間內的請求過多。請稍候片刻，然後再試一次。
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = 錯誤導向的請求
    .description = 請求送達的伺服器並未設定為針對此 URI 配置及主機（含連接埠）作出回應，這通常是重複使用連線所造成。
    .advice = 請再試一次。如果問題持續發生，請重新啟動瀏覽器。
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = 無法處理的內容
    .description = 請求格式正確，但伺服器無法處理其內容，例如因為資料驗證未通過。
    .advice = 您輸入的部分內容無效。請檢查後再試一次。
# 423 Locked, RFC 4918 (WebDAV).
http-423 = 已鎖定
    .description = WebDAV：此資源已被鎖定，因此無法對其套用此方法。
    .advice = 其他人正在編輯此內容，因此已被鎖定。請稍後再試。
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = 相依性失敗
    .description = WebDAV：此方法所依賴的另一個動作失敗，因此無法執行。
    .advice = 由於某個相關步驟失敗，您的請求無法完成。請再試一次。
# 425 Too Early, RFC 8470.
http-425 = 請求過早
    .description = 伺服器不願處理可能被重播的請求，例如以 TLS 早期資料傳送的請求。
    .advice = 請稍候片刻，然後再試一次。
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = 需要升級
    .description = 伺服器拒絕透過目前的通訊協定處理此請求；Upgrade 標頭會指出應切換的通訊協定。
    .advice = 您的瀏覽器需要使用較新的連線方式。請更新瀏覽器，然後再試一次。
# 428 Precondition Required, RFC 6585.
http-428 = 需要先決條件
    .description = 伺服器要求此請求必須是條件式請求（例如帶有 If-Match），以避免更新遺失。
    .advice = 請重新整理頁面，然後再試一次。
# 429 Too Many Requests, RFC 6585.
http-429 = 請求過多
    .description = 用戶端在特定時間內送出的請求過多；Retry-After 標頭可能會說明需要等待多久。
    .advice = 您送出的請求次數過多。請稍候片刻，然後再試一次。
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = 請求標頭欄位過大
    .description = 由於某個標頭欄位或所有標頭欄位合計過大，伺服器拒絕了此請求。
    .advice = 您可以嘗試在瀏覽器中清除此網站的 Cookie，然後再試一次。
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = 登入逾時
    .description = 非官方（Microsoft IIS）：用戶端的工作階段已過期，使用者必須重新登入。
    .advice = 您的登入狀態已過期。請重新登入。
# 444 No Response. Unofficial: nginx, internal only.
http-444 = 無回應
    .description = 非官方（nginx 內部使用）：伺服器未傳送任何回應就關閉了連線。此狀態碼只會出現在記錄檔中，絕不會傳送給用戶端。
    .advice = 伺服器未作任何回應就關閉了連線。請稍後再試。
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = 請補充資訊後重試
    .description = 非官方（Microsoft IIS）：請求缺少資訊，用戶端應在補上這些資訊後重試此請求。
    .advice = 缺少部分資訊。請再試一次。
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = 已遭 Windows 家長監護封鎖
    .description = 非官方（Microsoft）：Windows 家長監護封鎖了對所要求頁面的存取。
    .advice = 這部電腦上的家長監護已封鎖此頁面。
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = 因法律因素無法使用
    .description = 由於法律要求（例如法院命令），伺服器拒絕提供此資源的存取。
    .advice = 基於法律因素，您無法存取此內容。
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = 請求標頭過大
    .description = 非官方（nginx）：請求或其中某一行標頭過大；是 431 的前身。
    .advice = 您可以嘗試在瀏覽器中清除此網站的 Cookie，然後再試一次。
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL 憑證錯誤
    .description = 非官方（nginx）：用戶端為了 TLS 用戶端身分驗證所出示的憑證無效。
    .advice = 您的安全憑證未被接受。請與網站管理員聯絡。
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = 需要 SSL 憑證
    .description = 非官方（nginx）：伺服器要求 TLS 用戶端憑證，但用戶端並未出示。
    .advice = 此網站需要您的裝置提供安全憑證。請與網站管理員聯絡。
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTP 請求送至 HTTPS 連接埠
    .description = 非官方（nginx）：未加密的 HTTP 請求送達了預期使用 HTTPS 的連接埠。
    .advice = 請改用以 https:// 開頭的網址，然後再試一次。
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = 用戶端已取消請求
    .description = 非官方（nginx 記錄檔中使用）：用戶端在伺服器傳送回應之前就關閉了連線。
    .advice = 請求在完成前已被取消。請再試一次。

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = 內部伺服器錯誤
    .description = 伺服器遇到非預期的狀況，因而無法完成此請求。
    .advice = 我們這邊出了點問題。請稍後再試。
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = 未實作
    .description = 伺服器不支援完成此請求所需的功能，例如無法辨識的請求方法。
    .advice = 此網站不提供這項功能。
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = 錯誤的閘道
    .description = 閘道或代理伺服器從其聯繫的上游伺服器收到了無效的回應。
    .advice = 網站在連線至其某部伺服器時發生問題。請幾分鐘後再試。
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = 服務無法使用
    .description = 伺服器因負載過重或維護中，目前無法處理此請求；Retry-After 標頭可能會說明何時可以重試。
    .advice = 網站暫時無法使用。請稍後再試。
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = 閘道逾時
    .description = 閘道或代理伺服器未能及時從上游伺服器收到回應。
    .advice = 網站回應時間過長。請幾分鐘後再試。
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = 不支援的 HTTP 版本
    .description = 伺服器不支援請求所使用的 HTTP 主要版本。
    .advice = 您的瀏覽器使用了此伺服器不支援的連線方式。請更新瀏覽器，然後再試一次。
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = 變體也在協商
    .description = 伺服器上的透明內容協商設定有誤：所選的變體本身也被設定為進行協商。
    .advice = 網站設定有誤。請稍後再試。
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = 儲存空間不足
    .description = WebDAV：伺服器無法儲存完成此請求所需的內容。
    .advice = 伺服器的儲存空間已用盡。請稍後再試。
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = 偵測到迴圈
    .description = WebDAV：伺服器偵測到無限迴圈（例如在 Depth 為無限的繫結中），因此中止了操作。
    .advice = 伺服器在處理您的請求時陷入了迴圈。請稍後再試。
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = 超過頻寬限制
    .description = 非官方（Apache 與 cPanel 主機使用）：此網站已用完其主機方案所允許的頻寬。
    .advice = 此網站已超過其流量額度。請稍後再試。
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = 未擴充
    .description = 已廢止：請求不符合 HTTP 擴充框架的擴充原則，而該框架現已被列為歷史文件。
    .advice = 伺服器無法處理此請求。請稍後再試。
# 511 Network Authentication Required, RFC 6585.
http-511 = 需要網路身分驗證
    .description = 用戶端必須進行身分驗證才能存取網路，通常是透過強制入口網頁的登入頁面。
    .advice = 請登入您目前連線的網路，例如在其 Wi-Fi 登入頁面上登入。
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = 網站伺服器傳回未知錯誤
    .description = 非官方（Cloudflare）：來源伺服器傳回了空白、未知或非預期的回應。
    .advice = 網站的伺服器傳回了非預期的回應。請幾分鐘後再試。
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = 網站伺服器已停止運作
    .description = 非官方（Cloudflare）：來源伺服器拒絕了連線。
    .advice = 目前無法連上網站的伺服器。請稍後再試。
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = 連線逾時
    .description = 非官方（Cloudflare）：與來源伺服器的 TCP 連線逾時。
    .advice = 網站的伺服器回應時間過長。請稍後再試。
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = 無法連上來源伺服器
    .description = 非官方（Cloudflare）：Cloudflare 無法連上來源伺服器，原因可能是 DNS 或路由問題。
    .advice = 目前無法連上網站的伺服器。請稍後再試。
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = 發生逾時
    .description = 非官方（Cloudflare）：已成功連線至來源伺服器，但來源伺服器未能及時傳送 HTTP 回應。
    .advice = 網站的伺服器回應時間過長。請稍後再試。
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = SSL 交握失敗
    .description = 非官方（Cloudflare）：Cloudflare 與來源伺服器之間的 TLS 交握失敗。
    .advice = 無法與網站的伺服器建立安全連線。請稍後再試。
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = SSL 憑證無效
    .description = 非官方（Cloudflare）：Cloudflare 無法驗證來源伺服器的 TLS 憑證。
    .advice = 無法驗證網站的安全憑證。請稍後再試。
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = 來源伺服器 DNS 錯誤
    .description = 非官方（Cloudflare）：與 Cloudflare 1xxx 錯誤一併傳回，最常見的原因是無法解析來源伺服器的 DNS 名稱。
    .advice = 目前無法連上此網站。請稍後再試。
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = 網路讀取逾時錯誤
    .description = 非官方（部分代理伺服器的慣例）：從上游伺服器讀取回應時逾時。
    .advice = 網站回應時間過長。請稍後再試。
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = 網路連線逾時錯誤
    .description = 非官方（部分代理伺服器的慣例）：連線至上游伺服器時逾時。
    .advice = 無法及時連上此網站。請稍後再試。
