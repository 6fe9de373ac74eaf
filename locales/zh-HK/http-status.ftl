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
    .description = 此狀態碼並非有效的 HTTP 狀態碼；有效的狀態碼是 100 至 599 之間的三位數字。
    .advice = 發生了意料之外的問題。請稍後再試。
# 1xx class, RFC 9110 section 15.2.
http-1xx = 資訊性回應
    .description = 臨時回應：伺服器已收到請求，並仍在處理中。最終回應將隨後送出。
# 2xx class, RFC 9110 section 15.3.
http-2xx = 成功
    .description = 伺服器已接收、理解並接受該請求。
# 3xx class, RFC 9110 section 15.4.
http-3xx = 重新導向
    .description = 客戶端須採取進一步行動才能完成請求，通常是跟隨連結前往另一個網址。
# 4xx class, RFC 9110 section 15.5.
http-4xx = 客戶端錯誤
    .description = 請求含有錯誤，或無法按原樣完成；客戶端不應在未作修改的情況下重複發送。
    .advice = 請檢查網址及你輸入的內容，然後再試一次。
# 5xx class, RFC 9110 section 15.6.
http-5xx = 伺服器錯誤
    .description = 伺服器未能完成一個看似有效的請求。
    .advice = 問題出在我們這邊。請過幾分鐘再試。

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = 繼續
    .description = 伺服器已收到請求標頭，客戶端可以繼續發送請求主體。
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = 協定切換
    .description = 伺服器同意客戶端的 Upgrade 請求，並切換至回應中指明的協定，例如 WebSocket。
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = 處理中
    .description = WebDAV：伺服器已接受請求，但仍在處理中，因此客戶端不應將其視為逾時。
# 103 Early Hints, RFC 8297.
http-103 = 預先提示
    .description = 在最終回應之前發送，讓客戶端可以開始預先載入 Link 標頭中所列的資源。
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = 支援續傳上載
    .description = 伺服器支援可續傳的上載，並告知客戶端可在何處繼續已中斷的上載。此狀態碼只屬臨時註冊。

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = 請求成功。回應的內容視乎請求方法而定。
# 201 Created, RFC 9110 section 15.3.2.
http-201 = 已建立
    .description = 請求成功，並已建立一個或多個新資源，新資源通常由 Location 標頭指明。
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = 已接受
    .description = 請求已獲接受並等候處理，但處理尚未完成，仍有可能失敗。
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = 非權威資訊
    .description = 請求成功，但一部進行轉換的代理伺服器修改了來源伺服器所傳送的內容。
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = 無內容
    .description = 請求成功，而回應主體中沒有需要傳送的內容。
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = 重設內容
    .description = 請求成功，客戶端應重設發出該請求的表格或檢視畫面，例如以便輸入新內容。
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = 部分內容
    .description = 伺服器只傳送客戶端以 Range 標頭所要求的資源部分。
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = 多重狀態
    .description = WebDAV：主體是一份 XML 文件，分別列出多個資源各自的狀態。
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = 已報告
    .description = WebDAV：此集合的成員已在同一回應的較早部分列出，因此不再重複。
# 226 IM Used, RFC 3229.
http-226 = 已套用 IM
    .description = 伺服器以差異編碼完成了 GET 請求：回應是對目前資源套用實例操作後的結果。

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = 多種選擇
    .description = 資源有多種表示形式，客戶端或用戶可從中選擇其一。
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = 已永久移動
    .description = 資源已有新的永久網址，由 Location 標頭提供；連結應更新為該網址。
# 302 Found, RFC 9110 section 15.4.3.
http-302 = 已找到
    .description = 資源暫時位於另一個網址，由 Location 標頭提供。客戶端跟隨此重新導向時，通常會把 POST 改為 GET。
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = 參閱其他
    .description = 客戶端應以 GET 請求取得 Location 標頭所指明的另一個資源，例如提交表格後的結果頁面。
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = 未修改
    .description = 條件式 GET 或 HEAD 請求發現資源未有改變，因此客戶端可使用其快取副本。
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = 使用代理伺服器
    .description = 已棄用：以往用來要求客戶端透過代理伺服器重新發送請求。基於安全理由，客戶端已不再遵從。
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = 切換代理伺服器（未使用）
    .description = 保留：此狀態碼曾在 HTTP 的早期草案中使用，現已不再使用。
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = 暫時重新導向
    .description = 資源暫時位於另一個網址，客戶端必須以相同的方法及主體向該網址重新發送請求。
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = 永久重新導向
    .description = 資源已有新的永久網址，客戶端必須以相同的方法及主體向該網址重新發送請求。

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = 錯誤請求
    .description = 由於客戶端錯誤（例如語法格式錯誤或訊息框架無效），伺服器無法處理該請求。
    .advice = 請檢查網址或你提交的表格，然後再試一次。
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = 未經授權
    .description = 請求缺少有效的身份驗證憑證；WWW-Authenticate 標頭會說明驗證方式。
    .advice = 請先登入，然後再試一次。
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = 需要付款
    .description = 保留供日後使用。部分服務會在需要付款或訂閱時發送此狀態碼。
    .advice = 此內容可能需要付款或訂閱。
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = 禁止存取
    .description = 伺服器理解該請求，但拒絕執行；即使重新登入，結果亦不會改變。
    .advice = 你沒有瀏覽此頁面的權限。
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = 找不到
    .description = 伺服器在此網址找不到任何內容，亦無法確定日後會否有內容。
    .advice = 請檢查網址是否有錯字，或返回主頁。
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = 不獲允許的方法
    .description = 該資源不支援此請求方法；Allow 標頭會列出其支援的方法。
    .advice = 此處無法進行這項操作。請返回上一頁，並改用其他方式再試。
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = 不可接受
    .description = 伺服器沒有任何符合請求中 Accept 標頭的資源表示形式。
    .advice = 此頁面沒有你的瀏覽器可接受的格式或語言版本。
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = 需要代理伺服器身份驗證
    .description = 與 401 類似，但客戶端必須先向代理伺服器進行身份驗證，方式見 Proxy-Authenticate 標頭。
    .advice = 請先登入你所在網絡的代理伺服器，然後再試一次。
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = 請求逾時
    .description = 伺服器在其願意等候的時間內未收到完整的請求，因此關閉了連線。
    .advice = 連線時間過長。請再試一次。
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = 衝突
    .description = 請求與資源的目前狀態有衝突，例如根據過時版本所作的編輯。
    .advice = 可能有其他人同時修改了此內容。請重新載入頁面，然後再試一次。
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = 已移除
    .description = 該資源已被刻意移除，且不會再恢復；指向它的連結應予刪除。
    .advice = 此頁面已被永久移除。
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = 需要內容長度
    .description = 伺服器拒絕接受帶有主體但沒有 Content-Length 標頭的請求。
    .advice = 你的瀏覽器發出的請求不完整。請再試一次。
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = 前置條件不成立
    .description = 請求標頭中的條件（例如 If-Match 或 If-Unmodified-Since）在伺服器上的評估結果為假。
    .advice = 此內容在你載入後已有變更。請重新載入頁面，然後再試一次。
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = 內容過大
    .description = 請求內容的大小超出伺服器願意或能夠處理的上限。
    .advice = 你傳送的內容太大。請嘗試較小的檔案。
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI 過長
    .description = 請求目標 URI 的長度超出伺服器願意解讀的上限。
    .advice = 網址太長。請檢查網址，或從主頁重新開始。
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = 不支援的媒體類型
    .description = 伺服器不支援請求內容的格式（由 Content-Type 或 Content-Encoding 指明）。
    .advice = 此處不支援這種檔案類型。
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = 範圍無法滿足
    .description = 請求的 Range 標頭所列的位元組範圍，全部都不在資源目前的長度之內。
    .advice = 無法提供檔案中所要求的部分。請嘗試從頭重新下載。
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = 期望無法滿足
    .description = 伺服器無法滿足請求中 Expect 標頭所提出的期望。
    .advice = 你的瀏覽器發出了此伺服器無法處理的請求。請再試一次。
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = 我是茶壺（未使用）
    .description = 保留：源自 RFC 2324 的愚人節玩笑，由於已被廣泛採用，此狀態碼無法再作其他用途。
    .advice = 伺服器以一個玩笑狀態碼拒絕了此請求。
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = 保持冷靜
    .description = 非官方代碼（Twitter 早期 API）：客戶端的請求速率正受到限制。標準伺服器會改用 429。
    .advice = 短時間內的請求次數過多。請稍等片刻，然後再試一次。
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = 導向錯誤的請求
    .description = 請求送達的伺服器並未設定為回應此 URI 方案及授權部分（即主機及端口），這往往是由於重用了現有連線。
    .advice = 請再試一次。如問題持續，請重新啟動瀏覽器。
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = 無法處理的內容
    .description = 請求格式正確，但伺服器無法處理其內容，例如內容未能通過資料驗證。
    .advice = 你輸入的部分內容無效。請檢查後再試一次。
# 423 Locked, RFC 4918 (WebDAV).
http-423 = 已鎖定
    .description = WebDAV：該資源已被鎖定，因此無法對其套用此方法。
    .advice = 此內容已被鎖定，因為有其他人正在處理。請稍後再試。
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = 依賴關係失敗
    .description = WebDAV：此方法所依賴的另一項操作失敗，因此無法執行。
    .advice = 由於相關步驟失敗，你的請求未能完成。請再試一次。
# 425 Too Early, RFC 8470.
http-425 = 為時過早
    .description = 伺服器不願處理可能被重放的請求，例如以 TLS 早期數據發送的請求。
    .advice = 請稍等片刻後再試。
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = 需要升級
    .description = 伺服器拒絕以目前的協定處理該請求；Upgrade 標頭會指明需要切換至哪個協定。
    .advice = 你的瀏覽器需要使用較新的連線方式。請更新瀏覽器，然後再試一次。
# 428 Precondition Required, RFC 6585.
http-428 = 需要前置條件
    .description = 伺服器要求請求必須附帶條件（例如使用 If-Match），以防更新遺失。
    .advice = 請重新載入頁面，然後再試一次。
# 429 Too Many Requests, RFC 6585.
http-429 = 請求過多
    .description = 客戶端在指定時間內發送了過多請求；Retry-After 標頭可能會說明需要等候多久。
    .advice = 你發出的請求過多。請稍等片刻，然後再試一次。
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = 請求標頭欄位過大
    .description = 由於其中一個標頭欄位或所有標頭欄位合計過大，伺服器拒絕處理該請求。
    .advice = 在瀏覽器中清除此網站的 Cookie 可能會有幫助，然後請再試一次。
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = 登入逾時
    .description = 非官方代碼（Microsoft IIS）：客戶端的工作階段已過期，用戶必須重新登入。
    .advice = 你的登入工作階段已過期。請重新登入。
# 444 No Response. Unofficial: nginx, internal only.
http-444 = 無回應
    .description = 非官方代碼（nginx 內部使用）：伺服器未發送任何回應便關閉了連線。此狀態碼只會出現在日誌中，不會傳送給客戶端。
    .advice = 伺服器未作回應便關閉了連線。請稍後再試。
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = 補充資料後重試
    .description = 非官方代碼（Microsoft IIS）：請求缺少所需資料，客戶端補充資料後應重新發送。
    .advice = 缺少部分資料。請再試一次。
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = 遭 Windows 家長監護封鎖
    .description = 非官方代碼（Microsoft）：Windows 家長監護封鎖了對所請求頁面的存取。
    .advice = 此電腦的家長監護功能已封鎖此頁面。
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = 因法律理由無法提供
    .description = 由於法律要求（例如法庭命令），伺服器拒絕提供該資源的存取。
    .advice = 基於法律理由，你無法瀏覽此內容。
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = 請求標頭過大
    .description = 非官方代碼（nginx）：請求本身或其中一行標頭過大；此狀態碼是 431 的前身。
    .advice = 在瀏覽器中清除此網站的 Cookie 可能會有幫助，然後請再試一次。
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL 證書錯誤
    .description = 非官方代碼（nginx）：客戶端為 TLS 客戶端身份驗證所出示的客戶端證書無效。
    .advice = 你的安全證書不獲接受。請聯絡網站管理員。
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = 需要 SSL 證書
    .description = 非官方代碼（nginx）：伺服器要求 TLS 客戶端證書，但客戶端未有出示。
    .advice = 此網站需要你的裝置提供安全證書。請聯絡網站管理員。
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTP 請求送往 HTTPS 端口
    .description = 非官方代碼（nginx）：一個未加密的 HTTP 請求送達了預期使用 HTTPS 的端口。
    .advice = 請使用以 https:// 開頭的網址，然後再試一次。
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = 客戶端取消請求
    .description = 非官方代碼（nginx 日誌）：客戶端在伺服器送出回應之前已放棄請求，並關閉了連線。
    .advice = 請求在完成前已被取消。請再試一次。

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = 伺服器內部錯誤
    .description = 伺服器遇到意外情況，因而無法完成該請求。
    .advice = 我們這邊出現問題。請稍後再試。
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = 未實現
    .description = 伺服器不支援完成該請求所需的功能，例如無法識別的請求方法。
    .advice = 此網站不提供這項功能。
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = 網關錯誤
    .description = 網關或代理伺服器從其聯絡的上游伺服器收到無效的回應。
    .advice = 網站在連接其中一部伺服器時遇到問題。請過幾分鐘再試。
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = 服務無法使用
    .description = 伺服器由於負荷過重或正在維護，目前無法處理請求；Retry-After 標頭可能會說明何時可以再試。
    .advice = 網站暫時無法使用。請稍後再試。
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = 網關逾時
    .description = 網關或代理伺服器未能及時從上游伺服器收到回應。
    .advice = 網站回應時間過長。請過幾分鐘再試。
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = 不支援的 HTTP 版本
    .description = 伺服器不支援請求所用的 HTTP 主要版本。
    .advice = 你的瀏覽器所用的連線方式不獲此伺服器支援。請更新瀏覽器，然後再試一次。
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = 變體亦進行協商
    .description = 伺服器上的透明內容協商設定有誤：所選的變體本身亦被設定為進行協商。
    .advice = 網站設定有誤。請稍後再試。
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = 儲存空間不足
    .description = WebDAV：伺服器無法儲存完成請求所需的內容。
    .advice = 伺服器的儲存空間已用盡。請稍後再試。
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = 偵測到循環
    .description = WebDAV：伺服器發現無限循環，因此停止了操作，例如在 Depth 為無限的綁定中。
    .advice = 伺服器處理你的請求時陷入循環。請稍後再試。
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = 超出頻寬限制
    .description = 非官方代碼（Apache 及 cPanel 寄存服務）：網站已用盡其寄存計劃所允許的頻寬。
    .advice = 此網站已超出其流量限額。請稍後再試。
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = 未擴展
    .description = 已過時：請求不符合 HTTP 擴展框架的擴展政策，而該框架現已被列為歷史文件。
    .advice = 伺服器無法處理此請求。請稍後再試。
# 511 Network Authentication Required, RFC 6585.
http-511 = 需要網絡身份驗證
    .description = 客戶端必須先通過身份驗證才能取得網絡存取權，通常是透過強制網絡門戶的登入頁面。
    .advice = 請登入你目前連接的網絡，例如透過其 Wi-Fi 登入頁面。
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = 網頁伺服器傳回未知錯誤
    .description = 非官方代碼（Cloudflare）：來源伺服器傳回了空白、未知或非預期的回應。
    .advice = 網站的伺服器作出了非預期的回應。請過幾分鐘再試。
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = 網頁伺服器停機
    .description = 非官方代碼（Cloudflare）：來源伺服器拒絕了連線。
    .advice = 目前無法連接網站的伺服器。請稍後再試。
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = 連線逾時
    .description = 非官方代碼（Cloudflare）：與來源伺服器的 TCP 連線逾時。
    .advice = 網站的伺服器回應時間過長。請稍後再試。
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = 無法連接來源伺服器
    .description = 非官方代碼（Cloudflare）：Cloudflare 無法連接來源伺服器，例如由於 DNS 或路由問題。
    .advice = 目前無法連接網站的伺服器。請稍後再試。
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = 逾時錯誤
    .description = 非官方代碼（Cloudflare）：已成功連接來源伺服器，但該伺服器未能及時送出 HTTP 回應。
    .advice = 網站的伺服器回應時間過長。請稍後再試。
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = SSL 握手失敗
    .description = 非官方代碼（Cloudflare）：Cloudflare 與來源伺服器之間的 TLS 握手失敗。
    .advice = 無法與網站的伺服器建立安全連線。請稍後再試。
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = 無效的 SSL 證書
    .description = 非官方代碼（Cloudflare）：Cloudflare 無法驗證來源伺服器的 TLS 證書。
    .advice = 無法驗證網站的安全證書。請稍後再試。
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = 來源伺服器 DNS 錯誤
    .description = 非官方代碼（Cloudflare）：與 Cloudflare 1xxx 錯誤一同發送，最常見於無法解析來源伺服器的 DNS 名稱時。
    .advice = 目前無法連接此網站。請稍後再試。
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = 網絡讀取逾時錯誤
    .description = 非官方代碼（部分代理伺服器的慣例）：從上游伺服器讀取回應時逾時。
    .advice = 網站回應時間過長。請稍後再試。
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = 網絡連線逾時錯誤
    .description = 非官方代碼（部分代理伺服器的慣例）：連接上游伺服器時逾時。
    .advice = 未能及時連接網站。請稍後再試。
