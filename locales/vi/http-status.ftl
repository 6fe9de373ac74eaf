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
http-unknown = Trạng thái không xác định
    .description = Mã trạng thái này không phải là mã trạng thái HTTP hợp lệ; mã hợp lệ là các số có ba chữ số từ 100 đến 599.
    .advice = Đã xảy ra sự cố ngoài dự kiến. Vui lòng thử lại sau.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Thông tin
    .description = Phản hồi tạm thời: máy chủ đã nhận được yêu cầu và vẫn đang xử lý. Phản hồi cuối cùng sẽ được gửi sau.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Thành công
    .description = Máy chủ đã nhận, hiểu và chấp nhận yêu cầu.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Chuyển hướng
    .description = Máy khách cần thực hiện thêm một thao tác, thường là đi theo liên kết đến một địa chỉ khác, để hoàn tất yêu cầu.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Lỗi máy khách
    .description = Yêu cầu có lỗi hoặc không thể được đáp ứng như đã gửi; máy khách không nên gửi lại nguyên trạng.
    .advice = Hãy kiểm tra địa chỉ và thông tin bạn đã nhập, rồi thử lại.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Lỗi máy chủ
    .description = Máy chủ không thể đáp ứng một yêu cầu có vẻ hợp lệ.
    .advice = Sự cố nằm ở phía chúng tôi. Vui lòng thử lại sau vài phút.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Tiếp tục
    .description = Máy chủ đã nhận được các header của yêu cầu và máy khách có thể tiếp tục gửi phần thân yêu cầu.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Chuyển đổi giao thức
    .description = Máy chủ đồng ý với yêu cầu Upgrade của máy khách và chuyển sang giao thức được nêu trong phản hồi, ví dụ WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Đang xử lý
    .description = WebDAV: máy chủ đã chấp nhận yêu cầu và vẫn đang xử lý, vì vậy máy khách không nên coi là đã hết thời gian chờ.
# 103 Early Hints, RFC 8297.
http-103 = Gợi ý sớm
    .description = Được gửi trước phản hồi cuối cùng để máy khách có thể bắt đầu tải trước các tài nguyên được nêu trong các header Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Hỗ trợ tiếp tục tải lên
    .description = Máy chủ hỗ trợ tải lên có thể tiếp tục và cho máy khách biết vị trí để tiếp tục một lượt tải lên bị gián đoạn. Mã này chỉ được đăng ký tạm thời.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Yêu cầu đã thành công. Nội dung của phản hồi phụ thuộc vào phương thức yêu cầu.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Đã tạo
    .description = Yêu cầu đã thành công và tạo ra một hoặc nhiều tài nguyên mới, thường được xác định qua header Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Đã chấp nhận
    .description = Yêu cầu đã được chấp nhận để xử lý, nhưng việc xử lý chưa hoàn tất và vẫn có thể thất bại.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Thông tin không có thẩm quyền
    .description = Yêu cầu đã thành công, nhưng một proxy chuyển đổi đã sửa đổi nội dung mà máy chủ gốc gửi.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Không có nội dung
    .description = Yêu cầu đã thành công và không có nội dung nào cần gửi trong phần thân phản hồi.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Đặt lại nội dung
    .description = Yêu cầu đã thành công và máy khách nên đặt lại biểu mẫu hoặc khung nhìn đã gửi yêu cầu, chẳng hạn để cho phép nhập dữ liệu mới.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Nội dung một phần
    .description = Máy chủ chỉ gửi những phần của tài nguyên mà máy khách đã yêu cầu bằng header Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Đa trạng thái
    .description = WebDAV: phần thân là một tài liệu XML chứa trạng thái riêng cho từng tài nguyên trong số nhiều tài nguyên.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Đã báo cáo
    .description = WebDAV: các thành viên của tập hợp này đã được liệt kê trước đó trong cùng phản hồi nên không được lặp lại.
# 226 IM Used, RFC 3229.
http-226 = Đã dùng IM
    .description = Máy chủ đã đáp ứng yêu cầu GET bằng mã hóa delta: phản hồi là kết quả của các thao tác biến đổi thể hiện được áp dụng cho tài nguyên hiện tại.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Nhiều lựa chọn
    .description = Tài nguyên có sẵn ở nhiều dạng biểu diễn và máy khách, hoặc người dùng, có thể chọn một trong số đó.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Đã chuyển vĩnh viễn
    .description = Tài nguyên đã chuyển vĩnh viễn sang một địa chỉ mới, được nêu trong header Location; các liên kết nên được cập nhật sang địa chỉ này.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Đã tìm thấy
    .description = Tài nguyên tạm thời nằm ở một địa chỉ khác, được nêu trong header Location. Khi đi theo chuyển hướng này, máy khách thường đổi POST thành GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Xem mục khác
    .description = Máy khách nên lấy một tài nguyên khác, được nêu trong header Location, bằng yêu cầu GET, ví dụ trang kết quả sau khi gửi biểu mẫu.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Không thay đổi
    .description = Một yêu cầu GET hoặc HEAD có điều kiện cho thấy tài nguyên không thay đổi, vì vậy máy khách có thể dùng bản sao trong bộ nhớ đệm của mình.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Dùng proxy
    .description = Đã lỗi thời: trước đây dùng để yêu cầu máy khách gửi lại yêu cầu thông qua một proxy. Vì lý do bảo mật, máy khách không còn làm theo mã này nữa.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Chuyển proxy (không còn sử dụng)
    .description = Dành riêng: mã này từng được dùng trong một bản nháp trước đây của HTTP và không còn được sử dụng.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Chuyển hướng tạm thời
    .description = Tài nguyên tạm thời nằm ở một địa chỉ khác, và máy khách phải gửi lại yêu cầu đến đó với cùng phương thức và phần thân.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Chuyển hướng vĩnh viễn
    .description = Tài nguyên đã chuyển vĩnh viễn sang một địa chỉ mới, và máy khách phải gửi lại yêu cầu đến đó với cùng phương thức và phần thân.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Yêu cầu không hợp lệ
    .description = Máy chủ không thể xử lý yêu cầu do lỗi từ phía máy khách, chẳng hạn cú pháp sai hoặc khung thông điệp không hợp lệ.
    .advice = Hãy kiểm tra địa chỉ hoặc biểu mẫu bạn đã gửi, rồi thử lại.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Chưa được xác thực
    .description = Yêu cầu thiếu thông tin xác thực hợp lệ; header WWW-Authenticate cho biết cách xác thực.
    .advice = Vui lòng đăng nhập rồi thử lại.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Cần thanh toán
    .description = Được dành riêng để sử dụng trong tương lai. Một số dịch vụ gửi mã này khi cần thanh toán hoặc đăng ký gói dịch vụ.
    .advice = Nội dung này có thể yêu cầu thanh toán hoặc đăng ký gói dịch vụ.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Bị cấm
    .description = Máy chủ đã hiểu yêu cầu nhưng từ chối đáp ứng; đăng nhập lại cũng không thay đổi được điều đó.
    .advice = Bạn không có quyền xem trang này.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Không tìm thấy
    .description = Máy chủ không tìm thấy gì tại địa chỉ này và không thể cho biết liệu sau này có hay không.
    .advice = Hãy kiểm tra xem địa chỉ có bị gõ sai không, hoặc quay lại trang chủ.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Phương thức không được phép
    .description = Tài nguyên không hỗ trợ phương thức yêu cầu này; header Allow liệt kê các phương thức được hỗ trợ.
    .advice = Thao tác này không khả dụng ở đây. Hãy quay lại và thử cách khác.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Không thể chấp nhận
    .description = Máy chủ không có dạng biểu diễn nào của tài nguyên phù hợp với các header Accept của yêu cầu.
    .advice = Trang này không có sẵn ở định dạng hoặc ngôn ngữ mà trình duyệt của bạn chấp nhận.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Cần xác thực proxy
    .description = Tương tự 401, nhưng trước tiên máy khách phải xác thực với proxy, theo mô tả trong header Proxy-Authenticate.
    .advice = Hãy đăng nhập vào proxy của mạng bạn đang dùng, rồi thử lại.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Hết thời gian chờ yêu cầu
    .description = Máy chủ không nhận được yêu cầu đầy đủ trong khoảng thời gian mà nó sẵn sàng chờ, nên đã đóng kết nối.
    .advice = Kết nối mất quá nhiều thời gian. Vui lòng thử lại.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Xung đột
    .description = Yêu cầu xung đột với trạng thái hiện tại của tài nguyên, ví dụ một chỉnh sửa dựa trên phiên bản đã cũ.
    .advice = Có thể ai đó đã thay đổi nội dung này cùng lúc với bạn. Hãy tải lại trang và thử lại.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Đã bị gỡ bỏ
    .description = Tài nguyên đã bị gỡ bỏ có chủ đích và sẽ không quay lại; các liên kết tới tài nguyên này nên được xóa.
    .advice = Trang này đã bị gỡ bỏ vĩnh viễn.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Cần chỉ định độ dài
    .description = Máy chủ từ chối yêu cầu có phần thân nhưng không có header Content-Length.
    .advice = Trình duyệt của bạn đã gửi một yêu cầu không đầy đủ. Vui lòng thử lại.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Điều kiện tiên quyết không thỏa mãn
    .description = Một điều kiện trong các header của yêu cầu, chẳng hạn If-Match hoặc If-Unmodified-Since, được máy chủ đánh giá là sai.
    .advice = Nội dung đã thay đổi kể từ khi bạn tải trang. Hãy tải lại trang và thử lại.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Nội dung quá lớn
    .description = Nội dung của yêu cầu lớn hơn mức máy chủ sẵn sàng hoặc có khả năng xử lý.
    .advice = Dữ liệu bạn gửi quá lớn. Hãy thử với một tệp nhỏ hơn.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI quá dài
    .description = URI đích của yêu cầu dài hơn mức máy chủ sẵn sàng diễn giải.
    .advice = Địa chỉ quá dài. Hãy kiểm tra lại hoặc bắt đầu lại từ trang chủ.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Kiểu phương tiện không được hỗ trợ
    .description = Máy chủ không hỗ trợ định dạng nội dung của yêu cầu, được khai báo trong Content-Type hoặc Content-Encoding.
    .advice = Loại tệp này không được hỗ trợ ở đây.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Không thể đáp ứng phạm vi
    .description = Không có phạm vi nào trong header Range của yêu cầu giao với phần dữ liệu hiện có của tài nguyên.
    .advice = Phần tệp được yêu cầu không có sẵn. Hãy thử tải xuống lại từ đầu.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Kỳ vọng không được đáp ứng
    .description = Máy chủ không thể đáp ứng kỳ vọng được nêu trong header Expect của yêu cầu.
    .advice = Trình duyệt của bạn đã gửi một yêu cầu mà máy chủ này không thể xử lý. Vui lòng thử lại.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Tôi là ấm trà (không còn sử dụng)
    .description = Dành riêng: một trò đùa Cá tháng Tư từ RFC 2324, được triển khai rộng rãi đến mức mã này không thể dùng cho mục đích nào khác.
    .advice = Máy chủ đã từ chối yêu cầu này bằng một mã trạng thái mang tính đùa vui.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Hãy bình tĩnh
    .description = Không chính thức, từ API đời đầu của Twitter: máy khách đang bị giới hạn tần suất yêu cầu. Các máy chủ theo chuẩn dùng mã 429 thay thế.
    .advice = Có quá nhiều yêu cầu trong thời gian ngắn. Hãy chờ một lát rồi thử lại.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Yêu cầu gửi sai đích
    .description = Yêu cầu đến một máy chủ không được cấu hình để phục vụ lược đồ và thẩm quyền này, thường do dùng lại một kết nối.
    .advice = Vui lòng thử lại. Nếu sự cố vẫn tiếp diễn, hãy đóng rồi mở lại trình duyệt.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Không thể xử lý nội dung
    .description = Yêu cầu có cấu trúc đúng, nhưng máy chủ không thể xử lý nội dung của nó, chẳng hạn vì lỗi kiểm tra tính hợp lệ.
    .advice = Một số thông tin bạn nhập không hợp lệ. Hãy kiểm tra và thử lại.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Đã bị khóa
    .description = WebDAV: tài nguyên đang bị khóa, nên không thể áp dụng phương thức này cho nó.
    .advice = Nội dung này đang bị khóa vì có người khác đang chỉnh sửa. Hãy thử lại sau.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Thao tác tiên quyết thất bại
    .description = WebDAV: không thể thực hiện phương thức vì một thao tác khác mà nó phụ thuộc vào đã thất bại.
    .advice = Không thể hoàn tất yêu cầu của bạn vì một bước liên quan đã thất bại. Vui lòng thử lại.
# 425 Too Early, RFC 8470.
http-425 = Quá sớm
    .description = Máy chủ không muốn xử lý một yêu cầu có thể bị phát lại, chẳng hạn yêu cầu được gửi dưới dạng dữ liệu sớm của TLS.
    .advice = Vui lòng thử lại sau giây lát.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Cần nâng cấp
    .description = Máy chủ từ chối yêu cầu qua giao thức hiện tại; header Upgrade nêu giao thức cần chuyển sang.
    .advice = Trình duyệt của bạn cần phương thức kết nối mới hơn. Hãy cập nhật trình duyệt rồi thử lại.
# 428 Precondition Required, RFC 6585.
http-428 = Cần điều kiện tiên quyết
    .description = Máy chủ đòi hỏi yêu cầu phải có điều kiện, chẳng hạn dùng If-Match, để tránh mất các bản cập nhật.
    .advice = Hãy tải lại trang và thử lại.
# 429 Too Many Requests, RFC 6585.
http-429 = Quá nhiều yêu cầu
    .description = Máy khách đã gửi quá nhiều yêu cầu trong một khoảng thời gian nhất định; header Retry-After có thể cho biết cần chờ bao lâu.
    .advice = Bạn đã gửi quá nhiều yêu cầu. Hãy chờ một lát rồi thử lại.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Các trường header của yêu cầu quá lớn
    .description = Máy chủ từ chối yêu cầu vì một trường header, hoặc tất cả các trường cộng lại, quá lớn.
    .advice = Xóa cookie của trang web này trong trình duyệt có thể giúp khắc phục. Sau đó hãy thử lại.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Hết thời gian đăng nhập
    .description = Không chính thức, từ Microsoft IIS: phiên của máy khách đã hết hạn và người dùng phải đăng nhập lại.
    .advice = Phiên của bạn đã hết hạn. Vui lòng đăng nhập lại.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Không có phản hồi
    .description = Không chính thức, dùng nội bộ trong nginx: máy chủ đóng kết nối mà không gửi bất kỳ phản hồi nào. Mã này chỉ xuất hiện trong nhật ký, không bao giờ được gửi tới máy khách.
    .advice = Máy chủ đã đóng kết nối mà không trả lời. Vui lòng thử lại sau.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Thử lại với thông tin bổ sung
    .description = Không chính thức, từ Microsoft IIS: yêu cầu thiếu thông tin và cần được gửi lại sau khi máy khách bổ sung thông tin đó.
    .advice = Còn thiếu một số thông tin. Vui lòng thử lại.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Bị chặn bởi Kiểm soát của phụ huynh trên Windows
    .description = Không chính thức, từ Microsoft: tính năng Kiểm soát của phụ huynh trên Windows đã chặn truy cập vào trang được yêu cầu.
    .advice = Tính năng kiểm soát của phụ huynh trên máy tính này đã chặn trang này.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Không khả dụng vì lý do pháp lý
    .description = Máy chủ từ chối quyền truy cập tài nguyên do một đòi hỏi pháp lý, chẳng hạn lệnh của tòa án.
    .advice = Nội dung này không khả dụng với bạn vì lý do pháp lý.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Header của yêu cầu quá lớn
    .description = Không chính thức, từ nginx: yêu cầu hoặc một trong các dòng header của nó quá lớn; đây là tiền thân của mã 431.
    .advice = Xóa cookie của trang web này trong trình duyệt có thể giúp khắc phục. Sau đó hãy thử lại.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Lỗi chứng chỉ SSL
    .description = Không chính thức, từ nginx: chứng chỉ máy khách được xuất trình để xác thực máy khách qua TLS không hợp lệ.
    .advice = Chứng chỉ bảo mật của bạn không được chấp nhận. Hãy liên hệ với quản trị viên của trang web.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Cần chứng chỉ SSL
    .description = Không chính thức, từ nginx: máy chủ yêu cầu chứng chỉ máy khách TLS nhưng máy khách không xuất trình.
    .advice = Trang web này cần một chứng chỉ bảo mật từ thiết bị của bạn. Hãy liên hệ với quản trị viên của trang web.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Yêu cầu HTTP được gửi tới cổng HTTPS
    .description = Không chính thức, từ nginx: một yêu cầu HTTP không mã hóa được gửi đến một cổng đang chờ HTTPS.
    .advice = Hãy dùng địa chỉ bắt đầu bằng https:// rồi thử lại.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Máy khách đã hủy yêu cầu
    .description = Không chính thức, dùng trong nhật ký nginx: máy khách đã đóng kết nối trước khi máy chủ kịp gửi phản hồi.
    .advice = Yêu cầu đã bị hủy trước khi hoàn tất. Vui lòng thử lại.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Lỗi máy chủ nội bộ
    .description = Máy chủ gặp một tình huống ngoài dự kiến khiến nó không thể đáp ứng yêu cầu.
    .advice = Đã xảy ra sự cố ở phía chúng tôi. Vui lòng thử lại sau.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Không được triển khai
    .description = Máy chủ không hỗ trợ chức năng cần thiết để đáp ứng yêu cầu, chẳng hạn một phương thức yêu cầu không xác định.
    .advice = Tính năng này không khả dụng trên trang web này.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Lỗi cổng nối
    .description = Một cổng nối hoặc proxy nhận được phản hồi không hợp lệ từ máy chủ thượng nguồn mà nó đã liên hệ.
    .advice = Trang web đang gặp sự cố khi kết nối tới một trong các máy chủ của mình. Vui lòng thử lại sau vài phút.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Dịch vụ không khả dụng
    .description = Máy chủ hiện không thể xử lý yêu cầu do quá tải hoặc đang bảo trì; header Retry-After có thể cho biết khi nào nên thử lại.
    .advice = Trang web tạm thời không khả dụng. Vui lòng thử lại sau.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Hết thời gian chờ cổng nối
    .description = Một cổng nối hoặc proxy không nhận được phản hồi kịp thời từ máy chủ thượng nguồn.
    .advice = Trang web phản hồi quá lâu. Vui lòng thử lại sau vài phút.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Phiên bản HTTP không được hỗ trợ
    .description = Máy chủ không hỗ trợ phiên bản chính của HTTP được dùng trong yêu cầu.
    .advice = Trình duyệt của bạn dùng một phương thức kết nối mà máy chủ này không hỗ trợ. Hãy cập nhật trình duyệt rồi thử lại.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Biến thể cũng thương lượng
    .description = Cơ chế thương lượng nội dung trong suốt trên máy chủ bị cấu hình sai: chính biến thể được chọn cũng được thiết lập để thương lượng.
    .advice = Trang web bị cấu hình sai. Vui lòng thử lại sau.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Không đủ dung lượng lưu trữ
    .description = WebDAV: máy chủ không thể lưu trữ dữ liệu cần thiết để hoàn tất yêu cầu.
    .advice = Máy chủ đã hết dung lượng lưu trữ. Vui lòng thử lại sau.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Phát hiện vòng lặp
    .description = WebDAV: máy chủ đã dừng thao tác vì phát hiện một vòng lặp vô hạn, ví dụ trong các ràng buộc có giá trị Depth là vô hạn.
    .advice = Máy chủ gặp phải vòng lặp khi xử lý yêu cầu của bạn. Vui lòng thử lại sau.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Vượt quá giới hạn băng thông
    .description = Không chính thức, dùng trên các dịch vụ lưu trữ web chạy Apache và cPanel: trang web đã dùng hết băng thông mà gói lưu trữ cho phép.
    .advice = Trang web này đã vượt quá hạn mức lưu lượng. Vui lòng thử lại sau.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Chưa mở rộng
    .description = Đã lỗi thời: yêu cầu không đáp ứng chính sách mở rộng của Khung mở rộng HTTP, hiện đã được xếp vào loại tài liệu lịch sử.
    .advice = Máy chủ không thể xử lý yêu cầu này. Vui lòng thử lại sau.
# 511 Network Authentication Required, RFC 6585.
http-511 = Cần xác thực mạng
    .description = Máy khách phải xác thực để được truy cập mạng, thường là qua trang đăng nhập của một cổng xác thực.
    .advice = Hãy đăng nhập vào mạng bạn đang kết nối, ví dụ trên trang đăng nhập Wi-Fi của mạng đó.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Máy chủ web trả về lỗi không xác định
    .description = Không chính thức, từ Cloudflare: máy chủ gốc trả về phản hồi trống, không xác định hoặc ngoài dự kiến.
    .advice = Máy chủ của trang web đã phản hồi bất thường. Vui lòng thử lại sau vài phút.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Máy chủ web không hoạt động
    .description = Không chính thức, từ Cloudflare: máy chủ gốc đã từ chối kết nối.
    .advice = Hiện không thể kết nối tới máy chủ của trang web. Vui lòng thử lại sau.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Hết thời gian chờ kết nối
    .description = Không chính thức, từ Cloudflare: kết nối TCP tới máy chủ gốc đã hết thời gian chờ.
    .advice = Máy chủ của trang web phản hồi quá lâu. Vui lòng thử lại sau.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Không thể truy cập máy chủ gốc
    .description = Không chính thức, từ Cloudflare: Cloudflare không thể kết nối tới máy chủ gốc, ví dụ do sự cố DNS hoặc định tuyến.
    .advice = Hiện không thể kết nối tới máy chủ của trang web. Vui lòng thử lại sau.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Hết thời gian chờ
    .description = Không chính thức, từ Cloudflare: đã kết nối thành công tới máy chủ gốc, nhưng máy chủ này không gửi phản hồi HTTP kịp thời.
    .advice = Máy chủ của trang web phản hồi quá lâu. Vui lòng thử lại sau.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Bắt tay SSL thất bại
    .description = Không chính thức, từ Cloudflare: quá trình bắt tay TLS giữa Cloudflare và máy chủ gốc đã thất bại.
    .advice = Không thể thiết lập kết nối an toàn tới máy chủ của trang web. Vui lòng thử lại sau.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Chứng chỉ SSL không hợp lệ
    .description = Không chính thức, từ Cloudflare: Cloudflare không thể xác minh chứng chỉ TLS của máy chủ gốc.
    .advice = Không thể xác minh chứng chỉ bảo mật của trang web. Vui lòng thử lại sau.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Lỗi DNS của máy chủ gốc
    .description = Không chính thức, từ Cloudflare: được gửi kèm một lỗi Cloudflare 1xxx, thường gặp nhất khi không thể phân giải tên DNS của máy chủ gốc.
    .advice = Hiện không thể truy cập trang web. Vui lòng thử lại sau.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Hết thời gian chờ đọc mạng
    .description = Không chính thức, quy ước của một số proxy: việc đọc phản hồi từ máy chủ thượng nguồn đã hết thời gian chờ.
    .advice = Trang web phản hồi quá lâu. Vui lòng thử lại sau.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Hết thời gian chờ kết nối mạng
    .description = Không chính thức, quy ước của một số proxy: việc kết nối tới máy chủ thượng nguồn đã hết thời gian chờ.
    .advice = Không thể kết nối tới trang web kịp thời. Vui lòng thử lại sau.
