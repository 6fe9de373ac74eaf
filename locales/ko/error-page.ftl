# This Source Code Form is part of http-status-i18n.
#
# Source texts (en-US) for the chrome of the error pages that the crate
# renders around a status code's title, description and advice: labels,
# links and notes. A visitor reads them; keep them short and plain.
# The page shows no script and no images, so nothing here refers to them.


## Page chrome

# The small label above the page heading, for example "Error 404".
# Variables:
#   $code (Number) - the HTTP status code, such as 404. Shown as digits.
page-error-label = 오류 { $code }
# Label before the numeric code in the plain-text version of the page,
# as in "Status code: 404".
page-status-code = 상태 코드
# Heading of the optional section with details that the application adds.
page-details = 세부 정보
# Text of the link back to the site's home page.
page-home-link = 홈페이지로 돌아가기
# Summary of a collapsed section that holds the technical description of the
# status code; aimed at developers who look at the page.
page-technical-info = 기술 정보
# Note shown when part of the page is not available in the visitor's
# language and is shown in another language instead.
page-fallback-note = 이 페이지의 일부 텍스트는 사용 중인 언어로 제공되지 않습니다.
