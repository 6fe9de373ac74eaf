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
http-unknown = 알 수 없는 상태
    .description = 이 상태 코드는 유효한 HTTP 상태 코드가 아닙니다. 유효한 코드는 100부터 599까지의 세 자리 숫자입니다.
    .advice = 예기치 않은 문제가 발생했습니다. 잠시 후 다시 시도해 주세요.
# 1xx class, RFC 9110 section 15.2.
http-1xx = 정보 응답
    .description = 중간 응답입니다. 서버가 요청을 받았으며 아직 처리하고 있습니다. 최종 응답이 뒤따릅니다.
# 2xx class, RFC 9110 section 15.3.
http-2xx = 성공
    .description = 서버가 요청을 받아 이해하고 수락했습니다.
# 3xx class, RFC 9110 section 15.4.
http-3xx = 리디렉션
    .description = 요청을 완료하려면 클라이언트가 추가 작업을 해야 합니다. 보통은 다른 주소로 연결되는 링크를 따라갑니다.
# 4xx class, RFC 9110 section 15.5.
http-4xx = 클라이언트 오류
    .description = 요청에 오류가 있거나 보낸 그대로는 처리할 수 없습니다. 클라이언트는 같은 요청을 수정 없이 반복해서는 안 됩니다.
    .advice = 주소와 입력한 내용을 확인한 후 다시 시도해 주세요.
# 5xx class, RFC 9110 section 15.6.
http-5xx = 서버 오류
    .description = 유효해 보이는 요청을 서버가 처리하지 못했습니다.
    .advice = 저희 쪽에 문제가 있습니다. 몇 분 후에 다시 시도해 주세요.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = 계속
    .description = 서버가 요청 헤더를 받았으며, 클라이언트는 요청 본문을 이어서 보내도 됩니다.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = 프로토콜 전환
    .description = 서버가 클라이언트의 Upgrade 요청에 동의하여 응답에 명시한 프로토콜(예: WebSocket)로 전환합니다.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = 처리 중
    .description = WebDAV: 서버가 요청을 수락했고 아직 처리 중이므로, 클라이언트는 시간 초과로 판단하지 않아야 합니다.
# 103 Early Hints, RFC 8297.
http-103 = 사전 힌트
    .description = 최종 응답보다 먼저 전송되어, 클라이언트가 Link 헤더에 지정된 리소스를 미리 불러오기 시작할 수 있게 합니다.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = 업로드 재개 지원
    .description = 서버가 재개 가능한 업로드를 지원하며, 중단된 업로드를 어디서부터 재개할 수 있는지 클라이언트에 알려 줍니다. 이 코드는 임시로만 등록되어 있습니다.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = 요청이 성공했습니다. 응답에 담기는 내용은 요청 메서드에 따라 다릅니다.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = 생성됨
    .description = 요청이 성공하여 하나 이상의 새 리소스가 생성되었습니다. 새 리소스는 보통 Location 헤더로 식별됩니다.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = 수락됨
    .description = 요청이 처리를 위해 수락되었지만, 처리가 아직 끝나지 않았으며 실패할 수도 있습니다.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = 원본이 아닌 정보
    .description = 요청은 성공했지만, 원본 서버가 보낸 콘텐츠를 변환 프록시가 수정했습니다.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = 콘텐츠 없음
    .description = 요청은 성공했지만 응답 본문으로 보낼 콘텐츠가 없습니다.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = 콘텐츠 재설정
    .description = 요청이 성공했으며, 클라이언트는 새로 입력할 수 있도록 요청을 보낸 양식이나 화면을 초기화해야 합니다.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = 부분 콘텐츠
    .description = 클라이언트가 Range 헤더로 요청한 리소스의 일부분만 서버가 보내고 있습니다.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = 다중 상태
    .description = WebDAV: 본문은 여러 리소스 각각의 상태를 따로 담은 XML 문서입니다.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = 이미 보고됨
    .description = WebDAV: 이 컬렉션의 구성원은 같은 응답 안에서 이미 나열되었으므로 다시 나열하지 않습니다.
# 226 IM Used, RFC 3229.
http-226 = IM 사용됨
    .description = 서버가 델타 인코딩으로 GET 요청을 처리했습니다. 응답은 현재 리소스에 인스턴스 조작을 적용한 결과입니다.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = 여러 선택 항목
    .description = 리소스를 여러 표현으로 제공할 수 있으며, 클라이언트나 사용자가 그중 하나를 선택할 수 있습니다.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = 영구 이동
    .description = 리소스에 Location 헤더로 지정된 새 영구 주소가 생겼습니다. 링크를 이 주소로 업데이트해야 합니다.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = 발견됨
    .description = 리소스가 일시적으로 Location 헤더로 지정된 다른 주소에 있습니다. 클라이언트는 이를 따라갈 때 보통 POST를 GET으로 바꿉니다.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = 다른 위치 보기
    .description = 클라이언트는 Location 헤더에 지정된 다른 리소스를 GET 요청으로 가져와야 합니다. 양식을 제출한 뒤의 결과 페이지가 그 예입니다.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = 수정되지 않음
    .description = 조건부 GET 또는 HEAD 요청에서 리소스가 변경되지 않은 것으로 확인되었으므로, 클라이언트는 캐시된 사본을 사용할 수 있습니다.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = 프록시 사용
    .description = 사용 중단: 과거에는 클라이언트에 프록시를 거쳐 요청을 다시 보내도록 지시했습니다. 보안상의 이유로 클라이언트는 더 이상 이를 따르지 않습니다.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = 프록시 전환(사용 안 함)
    .description = 예약됨: 이 코드는 HTTP의 초기 초안에서 사용되었으며 지금은 사용되지 않습니다.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = 임시 리디렉션
    .description = 리소스가 일시적으로 다른 주소에 있으며, 클라이언트는 같은 메서드와 본문으로 그 주소에 요청을 다시 보내야 합니다.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = 영구 리디렉션
    .description = 리소스에 새 영구 주소가 생겼으며, 클라이언트는 같은 메서드와 본문으로 그 주소에 요청을 다시 보내야 합니다.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = 잘못된 요청
    .description = 잘못된 구문이나 유효하지 않은 메시지 프레이밍 같은 클라이언트 오류 때문에 서버가 요청을 처리할 수 없습니다.
    .advice = 주소나 제출한 양식을 확인한 후 다시 시도해 주세요.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = 인증되지 않음
    .description = 요청에 유효한 인증 자격 증명이 없습니다. 인증 방법은 WWW-Authenticate 헤더에 나와 있습니다.
    .advice = 로그인한 후 다시 시도해 주세요.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = 결제 필요
    .description = 향후 사용을 위해 예약되어 있습니다. 일부 서비스는 결제나 구독이 필요할 때 이 코드를 보냅니다.
    .advice = 이 콘텐츠를 이용하려면 결제나 구독이 필요할 수 있습니다.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = 접근 금지
    .description = 서버가 요청을 이해했지만 처리를 거부합니다. 다시 로그인해도 결과는 달라지지 않습니다.
    .advice = 이 페이지를 볼 수 있는 권한이 없습니다.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = 찾을 수 없음
    .description = 서버가 이 주소에서 아무것도 찾지 못했으며, 앞으로 찾을 수 있을지도 알 수 없습니다.
    .advice = 주소에 오타가 없는지 확인하거나 홈페이지로 돌아가 주세요.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = 허용되지 않는 메서드
    .description = 리소스가 이 요청 메서드를 지원하지 않습니다. 지원하는 메서드는 Allow 헤더에 나열되어 있습니다.
    .advice = 여기서는 이 작업을 할 수 없습니다. 이전 페이지로 돌아가 다른 방법으로 시도해 주세요.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = 허용할 수 없음
    .description = 요청의 Accept 계열 헤더와 일치하는 리소스 표현이 서버에 없습니다.
    .advice = 이 페이지는 사용 중인 브라우저가 받아들일 수 있는 형식이나 언어로 제공되지 않습니다.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = 프록시 인증 필요
    .description = 401과 비슷하지만, 클라이언트는 먼저 Proxy-Authenticate 헤더의 안내에 따라 프록시에서 인증을 받아야 합니다.
    .advice = 사용 중인 네트워크의 프록시에 로그인한 후 다시 시도해 주세요.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = 요청 시간 초과
    .description = 서버가 기다릴 수 있는 시간 안에 완전한 요청을 받지 못해 연결을 닫았습니다.
    .advice = 연결이 너무 오래 걸렸습니다. 다시 시도해 주세요.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = 충돌
    .description = 요청이 리소스의 현재 상태와 충돌합니다. 오래된 버전을 기준으로 한 편집이 그 예입니다.
    .advice = 다른 사람이 동시에 이 내용을 변경했을 수 있습니다. 페이지를 새로 고친 후 다시 시도해 주세요.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = 삭제됨
    .description = 리소스가 의도적으로 삭제되었으며 다시 제공되지 않습니다. 이 리소스를 가리키는 링크는 삭제해야 합니다.
    .advice = 이 페이지는 영구적으로 삭제되었습니다.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = 길이 필요
    .description = 서버가 본문은 있지만 Content-Length 헤더가 없는 요청을 거부합니다.
    .advice = 브라우저가 불완전한 요청을 보냈습니다. 다시 시도해 주세요.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = 전제 조건 실패
    .description = If-Match나 If-Unmodified-Since 같은 요청 헤더의 조건이 서버에서 거짓으로 평가되었습니다.
    .advice = 페이지를 불러온 뒤 내용이 변경되었습니다. 페이지를 새로 고친 후 다시 시도해 주세요.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = 콘텐츠가 너무 큼
    .description = 요청 콘텐츠가 너무 커서 서버가 처리하지 않거나 처리할 수 없습니다.
    .advice = 보낸 내용이 너무 큽니다. 더 작은 파일로 시도해 주세요.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI가 너무 김
    .description = 요청 대상 URI가 너무 길어서 서버가 해석하려 하지 않습니다.
    .advice = 주소가 너무 깁니다. 주소를 확인하거나 홈페이지에서 다시 시작해 주세요.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = 지원되지 않는 미디어 유형
    .description = Content-Type 또는 Content-Encoding으로 지정된 요청 콘텐츠의 형식을 서버가 지원하지 않습니다.
    .advice = 이 유형의 파일은 여기서 지원되지 않습니다.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = 처리할 수 없는 범위
    .description = 요청의 Range 헤더에 지정된 범위 중 어느 것도 리소스의 현재 크기 범위와 겹치지 않습니다.
    .advice = 요청한 파일 부분을 가져올 수 없습니다. 처음부터 다시 다운로드해 주세요.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = 기대 조건 실패
    .description = 서버가 요청의 Expect 헤더에 지정된 기대 조건을 충족할 수 없습니다.
    .advice = 브라우저가 이 서버에서 처리할 수 없는 요청을 보냈습니다. 다시 시도해 주세요.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = 나는 찻주전자(사용 안 함)
    .description = 예약됨: RFC 2324의 만우절 농담이 널리 구현되는 바람에 이 코드는 다른 용도로 사용할 수 없게 되었습니다.
    .advice = 서버가 농담용 상태 코드로 이 요청을 거절했습니다.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = 진정 필요
    .description = 비공식(초기 Twitter): 클라이언트의 요청 속도가 제한되고 있습니다. 표준 서버는 대신 429를 사용합니다.
    .advice = 짧은 시간에 요청이 너무 많았습니다. 잠시 기다린 후 다시 시도해 주세요.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = 잘못 전달된 요청
    .description = 이 URI 스킴과 호스트·포트 조합에 응답하도록 구성되지 않은 서버에 요청이 도달했습니다. 재사용된 연결이 원인인 경우가 많습니다.
    .advice = 다시 시도해 주세요. 문제가 계속되면 브라우저를 다시 시작해 주세요.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = 처리할 수 없는 콘텐츠
    .description = 요청 형식은 올바르지만 유효성 검사 오류 등으로 인해 서버가 그 내용을 처리할 수 없습니다.
    .advice = 입력한 내용 중 일부가 올바르지 않습니다. 확인한 후 다시 시도해 주세요.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = 잠김
    .description = WebDAV: 리소스가 잠겨 있어 이 메서드를 적용할 수 없습니다.
    .advice = 다른 사람이 작업 중이어서 이 콘텐츠가 잠겨 있습니다. 잠시 후 다시 시도해 주세요.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = 종속 작업 실패
    .description = WebDAV: 이 메서드가 의존하는 다른 작업이 실패하여 실행할 수 없었습니다.
    .advice = 관련된 단계가 실패하여 요청을 완료하지 못했습니다. 다시 시도해 주세요.
# 425 Too Early, RFC 8470.
http-425 = 너무 이른 요청
    .description = 서버가 TLS 조기 데이터로 전송된 요청처럼 재전송될 수 있는 요청을 처리하지 않으려 합니다.
    .advice = 잠시 후 다시 시도해 주세요.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = 업그레이드 필요
    .description = 서버가 현재 프로토콜로는 요청을 거부합니다. 전환할 프로토콜은 Upgrade 헤더에 지정되어 있습니다.
    .advice = 브라우저가 더 새로운 연결 방식을 사용해야 합니다. 브라우저를 업데이트한 후 다시 시도해 주세요.
# 428 Precondition Required, RFC 6585.
http-428 = 전제 조건 필요
    .description = 업데이트 손실을 막기 위해 서버가 If-Match 등을 사용한 조건부 요청을 요구합니다.
    .advice = 페이지를 새로 고친 후 다시 시도해 주세요.
# 429 Too Many Requests, RFC 6585.
http-429 = 요청이 너무 많음
    .description = 클라이언트가 정해진 시간 동안 너무 많은 요청을 보냈습니다. 얼마나 기다려야 하는지 Retry-After 헤더에 나와 있을 수 있습니다.
    .advice = 요청 횟수가 너무 많습니다. 잠시 기다린 후 다시 시도해 주세요.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = 요청 헤더 필드가 너무 큼
    .description = 헤더 필드 하나 또는 전체 헤더 필드의 합이 너무 커서 서버가 요청을 거부합니다.
    .advice = 브라우저에서 이 사이트의 쿠키를 삭제하면 해결될 수 있습니다. 그런 다음 다시 시도해 주세요.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = 로그인 시간 초과
    .description = 비공식(Microsoft IIS): 클라이언트의 세션이 만료되어 사용자가 다시 로그인해야 합니다.
    .advice = 로그인이 만료되었습니다. 다시 로그인해 주세요.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = 응답 없음
    .description = 비공식(nginx 내부용): 서버가 아무 응답도 보내지 않고 연결을 닫았습니다. 이 코드는 로그에만 나타나며 클라이언트에는 전달되지 않습니다.
    .advice = 서버가 응답 없이 연결을 닫았습니다. 잠시 후 다시 시도해 주세요.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = 정보 추가 후 재시도
    .description = 비공식(Microsoft IIS): 요청에 필요한 정보가 부족하므로, 클라이언트가 그 정보를 보완한 후 다시 시도해야 합니다.
    .advice = 일부 정보가 누락되었습니다. 다시 시도해 주세요.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Windows 자녀 보호 기능에 의해 차단됨
    .description = 비공식(Microsoft): Windows 자녀 보호 기능이 요청한 페이지에 대한 접근을 차단했습니다.
    .advice = 이 컴퓨터의 자녀 보호 기능이 이 페이지를 차단했습니다.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = 법적 사유로 이용 불가
    .description = 법원 명령 같은 법적 요구로 인해 서버가 이 리소스에 대한 접근을 거부합니다.
    .advice = 법적인 이유로 이 콘텐츠를 이용할 수 없습니다.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = 요청 헤더가 너무 큼
    .description = 비공식(nginx): 요청 또는 요청의 헤더 줄 중 하나가 너무 큽니다. 431의 전신입니다.
    .advice = 브라우저에서 이 사이트의 쿠키를 삭제하면 해결될 수 있습니다. 그런 다음 다시 시도해 주세요.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL 인증서 오류
    .description = 비공식(nginx): TLS 클라이언트 인증을 위해 제시된 클라이언트 인증서가 유효하지 않습니다.
    .advice = 보안 인증서가 받아들여지지 않았습니다. 사이트 관리자에게 문의해 주세요.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = SSL 인증서 필요
    .description = 비공식(nginx): 서버가 TLS 클라이언트 인증서를 요구했지만 클라이언트가 제시하지 않았습니다.
    .advice = 이 사이트를 이용하려면 기기의 보안 인증서가 필요합니다. 사이트 관리자에게 문의해 주세요.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTPS 포트로 보낸 HTTP 요청
    .description = 비공식(nginx): HTTPS를 사용해야 하는 포트에 암호화되지 않은 HTTP 요청이 도착했습니다.
    .advice = https://로 시작하는 주소를 사용하여 다시 시도해 주세요.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = 클라이언트가 요청을 중단함
    .description = 비공식(nginx 로그에서 사용): 서버가 응답을 보내기 전에 클라이언트가 연결을 닫았습니다.
    .advice = 요청이 완료되기 전에 취소되었습니다. 다시 시도해 주세요.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = 내부 서버 오류
    .description = 서버에 예기치 않은 상황이 발생하여 요청을 처리하지 못했습니다.
    .advice = 저희 쪽에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = 구현되지 않음
    .description = 알 수 없는 요청 메서드처럼, 요청을 처리하는 데 필요한 기능을 서버가 지원하지 않습니다.
    .advice = 이 사이트에서는 이 기능을 사용할 수 없습니다.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = 잘못된 게이트웨이
    .description = 게이트웨이 또는 프록시가 연결한 업스트림 서버로부터 유효하지 않은 응답을 받았습니다.
    .advice = 사이트가 서버 중 하나에 연결하는 데 문제가 있습니다. 몇 분 후에 다시 시도해 주세요.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = 서비스를 사용할 수 없음
    .description = 과부하나 유지 보수로 인해 서버가 지금은 요청을 처리할 수 없습니다. 언제 다시 시도하면 되는지 Retry-After 헤더에 나와 있을 수 있습니다.
    .advice = 사이트를 일시적으로 이용할 수 없습니다. 잠시 후 다시 시도해 주세요.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = 게이트웨이 시간 초과
    .description = 게이트웨이 또는 프록시가 업스트림 서버로부터 제시간에 응답을 받지 못했습니다.
    .advice = 사이트의 응답이 너무 오래 걸리고 있습니다. 몇 분 후에 다시 시도해 주세요.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = 지원되지 않는 HTTP 버전
    .description = 요청에 사용된 HTTP 주 버전을 서버가 지원하지 않습니다.
    .advice = 사용 중인 브라우저의 연결 방식을 이 서버가 지원하지 않습니다. 브라우저를 업데이트한 후 다시 시도해 주세요.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = 변형도 협상함
    .description = 서버의 투명한 콘텐츠 협상이 잘못 구성되었습니다. 선택된 변형 자체가 다시 협상하도록 설정되어 있습니다.
    .advice = 사이트 설정에 문제가 있습니다. 잠시 후 다시 시도해 주세요.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = 저장 공간 부족
    .description = WebDAV: 요청을 완료하는 데 필요한 내용을 서버가 저장할 수 없습니다.
    .advice = 서버의 저장 공간이 부족합니다. 잠시 후 다시 시도해 주세요.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = 루프 감지됨
    .description = WebDAV: Depth가 무한인 바인딩 등에서 무한 루프를 발견하여 서버가 작업을 중단했습니다.
    .advice = 요청을 처리하는 중 서버에서 루프가 발생했습니다. 잠시 후 다시 시도해 주세요.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = 대역폭 한도 초과
    .description = 비공식(Apache 및 cPanel 호스팅에서 사용): 사이트가 호스팅 요금제에서 허용하는 대역폭을 모두 사용했습니다.
    .advice = 이 사이트는 허용된 트래픽 양을 초과했습니다. 잠시 후 다시 시도해 주세요.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = 확장되지 않음
    .description = 폐기됨: 요청이 HTTP 확장 프레임워크의 확장 정책을 충족하지 않습니다. 이 프레임워크는 현재 역사적 문서로 분류되어 있습니다.
    .advice = 서버가 이 요청을 처리할 수 없었습니다. 잠시 후 다시 시도해 주세요.
# 511 Network Authentication Required, RFC 6585.
http-511 = 네트워크 인증 필요
    .description = 네트워크에 접근하려면 클라이언트가 인증을 받아야 합니다. 보통 캡티브 포털의 로그인 페이지를 통해 인증합니다.
    .advice = Wi-Fi 로그인 페이지 등에서 연결된 네트워크에 로그인해 주세요.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = 웹 서버가 알 수 없는 오류를 반환함
    .description = 비공식(Cloudflare): 원본 서버가 비어 있거나 알 수 없거나 예상하지 못한 응답을 반환했습니다.
    .advice = 사이트의 서버가 예기치 않은 응답을 보냈습니다. 몇 분 후에 다시 시도해 주세요.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = 웹 서버가 다운됨
    .description = 비공식(Cloudflare): 원본 서버가 연결을 거부했습니다.
    .advice = 지금은 사이트의 서버에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = 연결 시간 초과
    .description = 비공식(Cloudflare): 원본 서버에 대한 TCP 연결이 시간 초과되었습니다.
    .advice = 사이트의 서버가 응답하는 데 너무 오래 걸렸습니다. 잠시 후 다시 시도해 주세요.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = 원본 서버에 연결할 수 없음
    .description = 비공식(Cloudflare): DNS나 라우팅 문제 등으로 인해 Cloudflare가 원본 서버에 연결할 수 없었습니다.
    .advice = 지금은 사이트의 서버에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = 시간 초과 발생
    .description = 비공식(Cloudflare): 원본 서버에 연결했지만 원본 서버가 제시간에 HTTP 응답을 보내지 않았습니다.
    .advice = 사이트의 서버가 응답하는 데 너무 오래 걸렸습니다. 잠시 후 다시 시도해 주세요.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = SSL 핸드셰이크 실패
    .description = 비공식(Cloudflare): Cloudflare와 원본 서버 사이의 TLS 핸드셰이크가 실패했습니다.
    .advice = 사이트의 서버와 보안 연결을 설정할 수 없었습니다. 잠시 후 다시 시도해 주세요.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = 잘못된 SSL 인증서
    .description = 비공식(Cloudflare): Cloudflare가 원본 서버의 TLS 인증서를 검증할 수 없었습니다.
    .advice = 사이트의 보안 인증서를 확인할 수 없었습니다. 잠시 후 다시 시도해 주세요.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = 원본 서버 DNS 오류
    .description = 비공식(Cloudflare): Cloudflare 1xxx 오류와 함께 전송되며, 대부분 원본 서버의 DNS 이름을 확인할 수 없을 때 발생합니다.
    .advice = 지금은 사이트에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = 네트워크 읽기 시간 초과 오류
    .description = 비공식(일부 프록시의 관례): 업스트림 서버에서 응답을 읽는 동안 시간이 초과되었습니다.
    .advice = 사이트의 응답이 너무 오래 걸렸습니다. 잠시 후 다시 시도해 주세요.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = 네트워크 연결 시간 초과 오류
    .description = 비공식(일부 프록시의 관례): 업스트림 서버에 연결하는 동안 시간이 초과되었습니다.
    .advice = 제시간에 사이트에 연결하지 못했습니다. 잠시 후 다시 시도해 주세요.
