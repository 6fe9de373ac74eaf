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
page-error-label = Viga { $code }
# Label before the numeric code in the plain-text version of the page,
# as in "Status code: 404".
page-status-code = Olekukood
# Heading of the optional section with details that the application adds.
page-details = Üksikasjad
# Text of the link back to the site's home page.
page-home-link = Avalehele
# Summary of a collapsed section that holds the technical description of the
# status code; aimed at developers who look at the page.
page-technical-info = Tehniline teave
# Note shown when part of the page is not available in the visitor's
# language and is shown in another language instead.
page-fallback-note = Osa selle lehe tekstist pole teie keeles saadaval.
