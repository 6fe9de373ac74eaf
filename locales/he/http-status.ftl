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
http-unknown = מצב לא ידוע
    .description = קוד המצב אינו קוד מצב HTTP חוקי; קודים חוקיים הם מספרים תלת-ספרתיים בין 100 ל-599.
    .advice = קרה משהו לא צפוי. נא לנסות שוב מאוחר יותר.
# 1xx class, RFC 9110 section 15.2.
http-1xx = תגובת מידע
    .description = תגובת ביניים: השרת קיבל את הבקשה ועדיין מטפל בה. התגובה הסופית תגיע בהמשך.
# 2xx class, RFC 9110 section 15.3.
http-2xx = הצלחה
    .description = השרת קיבל את הבקשה, הבין אותה ואישר אותה לטיפול.
# 3xx class, RFC 9110 section 15.4.
http-3xx = הפניה
    .description = על הלקוח לבצע פעולה נוספת כדי להשלים את הבקשה, בדרך כלל לעקוב אחר קישור לכתובת אחרת.
# 4xx class, RFC 9110 section 15.5.
http-4xx = שגיאת לקוח
    .description = הבקשה מכילה שגיאה או שאי אפשר למלא אותה כפי שנשלחה; על הלקוח להימנע משליחתה שוב ללא שינוי.
    .advice = נא לבדוק את הכתובת ואת מה שהוזן, ולנסות שוב.
# 5xx class, RFC 9110 section 15.6.
http-5xx = שגיאת שרת
    .description = השרת לא הצליח למלא בקשה שנראית תקינה.
    .advice = הבעיה אצלנו. נא לנסות שוב בעוד כמה דקות.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = המשך
    .description = השרת קיבל את כותרות הבקשה, והלקוח יכול להמשיך ולשלוח את גוף הבקשה.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = החלפת פרוטוקול
    .description = השרת נענה לבקשת השדרוג שהלקוח שלח בכותרת Upgrade ועובר לפרוטוקול שצוין בתגובה, למשל WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = בעיבוד
    .description = ב-WebDAV: השרת קיבל את הבקשה ועדיין מעבד אותה, ולכן הלקוח לא אמור להפסיק להמתין בגלל תום הזמן הקצוב.
# 103 Early Hints, RFC 8297.
http-103 = רמזים מוקדמים
    .description = נשלח לפני התגובה הסופית, כדי שהלקוח יוכל להתחיל בטעינה מוקדמת של המשאבים שצוינו בכותרות Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = יש תמיכה בחידוש העלאה
    .description = השרת תומך בהעלאות שאפשר לחדש, ומודיע ללקוח מאיזו נקודה אפשר לחדש העלאה שנקטעה. הקוד הזה רשום באופן זמני בלבד.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = תקין
    .description = הבקשה הצליחה. תוכן התגובה תלוי בשיטת הבקשה.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = נוצר
    .description = הבקשה הצליחה ונוצרו משאבים חדשים (אחד או יותר), שבדרך כלל מזוהים בכותרת Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = התקבל
    .description = הבקשה התקבלה לעיבוד, אך העיבוד טרם הסתיים ועדיין עלול להיכשל.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = מידע לא מוסמך
    .description = הבקשה הצליחה, אך שרת פרוקסי שמבצע המרות שינה את התוכן ששלח שרת המקור.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = אין תוכן
    .description = הבקשה הצליחה ואין תוכן לשלוח בגוף התגובה.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = איפוס תוכן
    .description = הבקשה הצליחה, ועל הלקוח לאפס את הטופס או את התצוגה ששלחו אותה, למשל כדי לאפשר קלט חדש.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = תוכן חלקי
    .description = השרת שולח רק את חלקי המשאב שהלקוח ביקש בכותרת Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = ריבוי מצבים
    .description = ב-WebDAV: הגוף הוא מסמך XML שמפרט מצב נפרד לכל אחד מכמה משאבים.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = כבר דווח
    .description = ב-WebDAV: הפריטים של האוסף הזה כבר פורטו קודם באותה תגובה, ולכן אינם מופיעים שוב.
# 226 IM Used, RFC 3229.
http-226 = נעשה שימוש ב-IM
    .description = השרת מילא בקשת GET בקידוד דלתא: התגובה היא תוצאה של שינויי מופע שהוחלו על המשאב הנוכחי.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = אפשרויות מרובות
    .description = המשאב זמין בכמה ייצוגים, והלקוח או המשתמש יכולים לבחור אחד מהם.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = הועבר לצמיתות
    .description = למשאב יש כתובת קבועה חדשה, המצוינת בכותרת Location; יש לעדכן את הקישורים כך שיפנו אליה.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = נמצא
    .description = המשאב נמצא באופן זמני בכתובת אחרת, המצוינת בכותרת Location. לקוחות נוהגים להחליף POST ב-GET כשהם עוקבים אחר ההפניה.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = ראו משאב אחר
    .description = על הלקוח לאחזר משאב אחר, המצוין בכותרת Location, באמצעות בקשת GET, למשל דף תוצאות לאחר שליחת טופס.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = לא שונה
    .description = בקשת GET או HEAD מותנית העלתה שהמשאב לא השתנה, ולכן הלקוח יכול להשתמש בעותק השמור במטמון.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = שימוש בשרת פרוקסי
    .description = הוצא משימוש: בעבר ביקש מהלקוח לשלוח את הבקשה שוב דרך שרת פרוקסי. מטעמי אבטחה לקוחות כבר אינם פועלים לפיו.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = החלפת שרת פרוקסי (לא בשימוש)
    .description = שמור: הקוד שימש בטיוטה מוקדמת של HTTP ואינו בשימוש עוד.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = הפניה זמנית
    .description = המשאב נמצא באופן זמני בכתובת אחרת, ועל הלקוח לשלוח אליה את הבקשה שוב עם אותה שיטה ואותו גוף.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = הפניה קבועה
    .description = למשאב יש כתובת קבועה חדשה, ועל הלקוח לשלוח אליה את הבקשה שוב עם אותה שיטה ואותו גוף.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = בקשה שגויה
    .description = השרת אינו יכול לעבד את הבקשה בגלל שגיאה של הלקוח, כמו תחביר פגום או מסגור הודעה לא תקין.
    .advice = נא לבדוק את הכתובת או את הטופס ששלחת, ולנסות שוב.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = לא מורשה
    .description = חסרים בבקשה פרטי אימות תקפים; כותרת WWW-Authenticate מציינת כיצד לבצע אימות.
    .advice = נא להתחבר ולנסות שוב.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = נדרש תשלום
    .description = שמור לשימוש עתידי. שירותים מסוימים שולחים אותו כשנדרש תשלום או מינוי.
    .advice = ייתכן שהתוכן הזה מחייב תשלום או מינוי.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = גישה אסורה
    .description = השרת הבין את הבקשה אך מסרב למלא אותה; התחברות מחדש לא תשנה זאת.
    .advice = אין לך הרשאה לצפות בדף הזה.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = לא נמצא
    .description = השרת לא מצא דבר בכתובת הזאת, ואינו יכול לומר אם אי פעם יימצא בה משהו.
    .advice = נא לבדוק שאין שגיאות הקלדה בכתובת, או לחזור לדף הבית.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = השיטה אינה מותרת
    .description = המשאב אינו תומך בשיטת הבקשה; כותרת Allow מפרטת את השיטות שבהן הוא כן תומך.
    .advice = הפעולה הזאת אינה זמינה כאן. נא לחזור אחורה ולנסות בדרך אחרת.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = לא קביל
    .description = אין לשרת ייצוג של המשאב שתואם את כותרות Accept של הבקשה.
    .advice = הדף הזה אינו זמין בפורמט או בשפה שהדפדפן שלך מקבל.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = נדרש אימות מול שרת הפרוקסי
    .description = בדומה ל-401, אך על הלקוח לבצע תחילה אימות מול שרת פרוקסי, כפי שמתארת כותרת Proxy-Authenticate.
    .advice = נא להתחבר לשרת הפרוקסי של הרשת שלך ולנסות שוב.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = תם הזמן הקצוב לבקשה
    .description = השרת לא קיבל בקשה שלמה בפרק הזמן שהיה מוכן להמתין, ולכן סגר את החיבור.
    .advice = החיבור נמשך זמן רב מדי. נא לנסות שוב.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = התנגשות
    .description = הבקשה מתנגשת במצב הנוכחי של המשאב, למשל עריכה שמבוססת על גרסה מיושנת.
    .advice = ייתכן שמישהו אחר שינה את התוכן הזה באותו זמן. נא לטעון מחדש את הדף ולנסות שוב.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = לא קיים עוד
    .description = המשאב הוסר בכוונה ולא יחזור; יש למחוק את הקישורים אליו.
    .advice = הדף הזה הוסר לצמיתות.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = נדרש אורך
    .description = השרת מסרב לבקשה שיש לה גוף אך אין בה כותרת Content-Length.
    .advice = הדפדפן שלך שלח בקשה חלקית. נא לנסות שוב.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = תנאי מקדים נכשל
    .description = תנאי בכותרות הבקשה, כמו If-Match או If-Unmodified-Since, לא התקיים בשרת.
    .advice = התוכן השתנה מאז שהדף נטען. נא לטעון מחדש את הדף ולנסות שוב.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = התוכן גדול מדי
    .description = תוכן הבקשה גדול ממה שהשרת מוכן או מסוגל לעבד.
    .advice = מה ששלחת גדול מדי. נא לנסות עם קובץ קטן יותר.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = ה-URI ארוך מדי
    .description = ה-URI של יעד הבקשה ארוך ממה שהשרת מוכן לפענח.
    .advice = הכתובת ארוכה מדי. נא לבדוק אותה, או להתחיל מחדש מדף הבית.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = סוג מדיה לא נתמך
    .description = השרת אינו תומך בפורמט של תוכן הבקשה, כפי שמצוין בכותרת Content-Type או Content-Encoding.
    .advice = סוג הקובץ הזה אינו נתמך כאן.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = לא ניתן לספק את הטווח
    .description = אף אחד מהטווחים בכותרת Range של הבקשה אינו חופף להיקף הנוכחי של המשאב.
    .advice = החלק המבוקש של הקובץ אינו זמין. נא לנסות להוריד אותו שוב מההתחלה.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = הציפייה נכשלה
    .description = השרת אינו יכול לעמוד בציפייה שצוינה בכותרת Expect של הבקשה.
    .advice = הדפדפן שלך שלח בקשה שהשרת הזה אינו יכול לטפל בה. נא לנסות שוב.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = אני קומקום (לא בשימוש)
    .description = שמור: בדיחת אחד באפריל מ-RFC 2324 שהוטמעה בהיקף רחב כל כך, שאי אפשר להשתמש בקוד לשום מטרה אחרת.
    .advice = השרת דחה את הבקשה הזאת עם קוד מצב של בדיחה.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = נא להירגע
    .description = לא רשמי (Twitter, בממשק התכנות המוקדם שלה): קצב הבקשות של הלקוח מוגבל. שרתים תקניים משתמשים ב-429 במקום זאת.
    .advice = נשלחו יותר מדי בקשות בזמן קצר. נא להמתין רגע ולנסות שוב.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = בקשה שהופנתה בטעות
    .description = הבקשה הגיעה לשרת שאינו מוגדר לענות עבור הסכֵמה והרשות (המארח והיציאה) האלה, לרוב דרך חיבור שנעשה בו שימוש חוזר.
    .advice = נא לנסות שוב. אם הבעיה נמשכת, יש להפעיל מחדש את הדפדפן.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = תוכן שלא ניתן לעבד
    .description = הבקשה בנויה כהלכה, אך השרת אינו יכול לפעול לפי התוכן שלה, למשל בגלל שגיאות בבדיקת התקינות.
    .advice = חלק ממה שהוזן אינו תקין. נא לבדוק ולנסות שוב.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = נעול
    .description = ב-WebDAV: המשאב נעול, ולכן אי אפשר להחיל עליו את השיטה הזאת.
    .advice = התוכן הזה נעול כי מישהו אחר עובד עליו. נא לנסות שוב מאוחר יותר.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = תלות שנכשלה
    .description = ב-WebDAV: לא ניתן היה להריץ את השיטה, כי פעולה אחרת שהיא תלויה בה נכשלה.
    .advice = לא ניתן היה להשלים את הבקשה כי שלב קשור נכשל. נא לנסות שוב.
# 425 Too Early, RFC 8470.
http-425 = מוקדם מדי
    .description = השרת אינו מוכן לעבד בקשה שעלולה להישלח שוב בשידור חוזר, כמו בקשה שנשלחה כנתונים מוקדמים של TLS.
    .advice = נא לנסות שוב בעוד רגע.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = נדרש שדרוג
    .description = השרת מסרב לבקשה בפרוטוקול הנוכחי; כותרת Upgrade מציינת לאיזה פרוטוקול יש לעבור.
    .advice = הדפדפן שלך צריך דרך חיבור חדשה יותר. נא לעדכן את הדפדפן ולנסות שוב.
# 428 Precondition Required, RFC 6585.
http-428 = נדרש תנאי מקדים
    .description = השרת דורש שהבקשה תהיה מותנית, למשל באמצעות If-Match, כדי למנוע אובדן עדכונים.
    .advice = נא לטעון מחדש את הדף ולנסות שוב.
# 429 Too Many Requests, RFC 6585.
http-429 = יותר מדי בקשות
    .description = הלקוח שלח יותר מדי בקשות בפרק זמן נתון; כותרת Retry-After עשויה לציין כמה זמן להמתין.
    .advice = שלחת יותר מדי בקשות. נא להמתין רגע ולנסות שוב.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = שדות הכותרת של הבקשה גדולים מדי
    .description = השרת מסרב לבקשה כי אחד משדות הכותרת, או כולם יחד, גדולים מדי.
    .advice = מחיקת העוגיות של האתר הזה בדפדפן עשויה לעזור. לאחר מכן נא לנסות שוב.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = תוקף ההתחברות פג
    .description = לא רשמי (Microsoft IIS): תוקף ההפעלה של הלקוח פג, והמשתמש צריך להתחבר מחדש.
    .advice = תוקף ההפעלה שלך פג. נא להתחבר מחדש.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = אין תגובה
    .description = לא רשמי (nginx, לשימוש פנימי בלבד): השרת סגר את החיבור בלי לשלוח תגובה כלשהי. הקוד מופיע ביומנים ולעולם אינו נשלח ללקוחות.
    .advice = השרת סגר את החיבור בלי להשיב. נא לנסות שוב מאוחר יותר.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = יש לנסות שוב עם מידע נוסף
    .description = לא רשמי (Microsoft IIS): בבקשה היה חסר מידע, ויש לנסות אותה שוב אחרי שהלקוח יספק אותו.
    .advice = חסר מידע מסוים. נא לנסות שוב.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = נחסם על ידי בקרת ההורים של Windows
    .description = לא רשמי (Microsoft): בקרת ההורים של Windows חסמה את הגישה לדף המבוקש.
    .advice = בקרת ההורים במחשב הזה חסמה את הדף הזה.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = לא זמין מסיבות משפטיות
    .description = השרת מונע גישה למשאב בשל דרישה משפטית, כמו צו של בית משפט.
    .advice = התוכן הזה אינו זמין לך מסיבות משפטיות.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = כותרת הבקשה גדולה מדי
    .description = לא רשמי (nginx): הבקשה או אחת משורות הכותרת שלה גדולה מדי; קודמו של 431.
    .advice = מחיקת העוגיות של האתר הזה בדפדפן עשויה לעזור. לאחר מכן נא לנסות שוב.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = שגיאה בתעודת SSL
    .description = לא רשמי (nginx): תעודת הלקוח שהוצגה לאימות לקוח ב-TLS אינה תקפה.
    .advice = תעודת האבטחה שלך לא התקבלה. נא לפנות למנהל האתר.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = נדרשת תעודת SSL
    .description = לא רשמי (nginx): השרת דורש תעודת לקוח של TLS, והלקוח לא הציג תעודה.
    .advice = האתר הזה דורש תעודת אבטחה מהמכשיר שלך. נא לפנות למנהל האתר.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = בקשת HTTP נשלחה ליציאת HTTPS
    .description = לא רשמי (nginx): בקשת HTTP לא מוצפנת הגיעה ליציאה שמצפה ל-HTTPS.
    .advice = נא להשתמש בכתובת שמתחילה ב-https:// ולנסות שוב.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = הלקוח ביטל את הבקשה
    .description = לא רשמי (ביומני nginx): הלקוח סגר את החיבור לפני שהשרת הספיק לשלוח את התגובה שלו.
    .advice = הבקשה בוטלה לפני שהסתיימה. נא לנסות שוב.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = שגיאת שרת פנימית
    .description = השרת נתקל במצב לא צפוי שמנע ממנו למלא את הבקשה.
    .advice = משהו השתבש אצלנו. נא לנסות שוב מאוחר יותר.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = לא מומש
    .description = השרת אינו תומך ביכולת הדרושה למילוי הבקשה, למשל שיטת בקשה לא מוכרת.
    .advice = התכונה הזאת אינה זמינה באתר הזה.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = שער שגוי
    .description = שער או שרת פרוקסי קיבלו תגובה לא תקינה מהשרת העורפי שאליו פנו.
    .advice = האתר מתקשה להתחבר לאחד השרתים שלו. נא לנסות שוב בעוד כמה דקות.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = השירות אינו זמין
    .description = השרת אינו יכול לטפל בבקשה כרגע בגלל עומס יתר או תחזוקה; כותרת Retry-After עשויה לציין מתי לנסות שוב.
    .advice = האתר אינו זמין באופן זמני. נא לנסות שוב מאוחר יותר.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = תם הזמן הקצוב לשער
    .description = שער או שרת פרוקסי לא קיבלו תגובה מהשרת העורפי בזמן.
    .advice = לאתר לוקח זמן רב מדי להגיב. נא לנסות שוב בעוד כמה דקות.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = גרסת HTTP אינה נתמכת
    .description = השרת אינו תומך בגרסה הראשית של HTTP שבה נעשה שימוש בבקשה.
    .advice = הדפדפן שלך משתמש בדרך חיבור שהשרת הזה אינו תומך בה. נא לעדכן את הדפדפן ולנסות שוב.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = גם הגרסה החלופית מנהלת משא ומתן
    .description = משא ומתן שקוף על תוכן מוגדר באופן שגוי בשרת: הגרסה החלופית שנבחרה מוגדרת בעצמה לנהל משא ומתן.
    .advice = האתר מוגדר באופן שגוי. נא לנסות שוב מאוחר יותר.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = אין די שטח אחסון
    .description = ב-WebDAV: השרת אינו יכול לאחסן את מה שנדרש כדי להשלים את הבקשה.
    .advice = נגמר שטח האחסון בשרת. נא לנסות שוב מאוחר יותר.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = זוהתה לולאה
    .description = ב-WebDAV: השרת עצר את הפעולה כי זיהה לולאה אינסופית, למשל בקשירות שבהן ערך Depth הוא אינסוף.
    .advice = השרת נכנס ללולאה בזמן הטיפול בבקשה. נא לנסות שוב מאוחר יותר.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = חריגה ממגבלת רוחב הפס
    .description = לא רשמי (אחסון Apache ו-cPanel): האתר ניצל את כל רוחב הפס שתוכנית האחסון שלו מתירה.
    .advice = האתר הזה חרג ממכסת התעבורה שלו. נא לנסות שוב מאוחר יותר.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = ללא הרחבה
    .description = מיושן: הבקשה לא עמדה במדיניות ההרחבות של מסגרת ההרחבות של HTTP, שסווגה כעת כהיסטורית.
    .advice = השרת לא הצליח לטפל בבקשה הזאת. נא לנסות שוב מאוחר יותר.
# 511 Network Authentication Required, RFC 6585.
http-511 = נדרש אימות מול הרשת
    .description = על הלקוח לבצע אימות כדי לקבל גישה לרשת, בדרך כלל דרך דף ההתחברות של פורטל כניסה לרשת.
    .advice = נא להתחבר לרשת שאליה המכשיר מחובר, למשל בדף ההתחברות של רשת ה-Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = שרת האינטרנט החזיר שגיאה לא ידועה
    .description = לא רשמי (Cloudflare): שרת המקור החזיר תגובה ריקה, לא מוכרת או לא צפויה.
    .advice = שרת האתר הגיב באופן לא צפוי. נא לנסות שוב בעוד כמה דקות.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = שרת האינטרנט מושבת
    .description = לא רשמי (Cloudflare): שרת המקור דחה את החיבור.
    .advice = אי אפשר להגיע כרגע לשרת האתר. נא לנסות שוב מאוחר יותר.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = תם הזמן הקצוב לחיבור
    .description = לא רשמי (Cloudflare): תם הזמן הקצוב לחיבור ה-TCP לשרת המקור.
    .advice = לשרת האתר לקח זמן רב מדי להשיב. נא לנסות שוב מאוחר יותר.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = אין גישה לשרת המקור
    .description = לא רשמי (Cloudflare): לשרתי Cloudflare לא הייתה גישה לשרת המקור, למשל בגלל בעיית DNS או בעיית ניתוב.
    .advice = אי אפשר להגיע כרגע לשרת האתר. נא לנסות שוב מאוחר יותר.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = תם הזמן הקצוב
    .description = לא רשמי (Cloudflare): החיבור לשרת המקור הצליח, אך השרת לא שלח תגובת HTTP בזמן.
    .advice = לשרת האתר לקח זמן רב מדי להשיב. נא לנסות שוב מאוחר יותר.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = לחיצת היד של SSL נכשלה
    .description = לא רשמי (Cloudflare): לחיצת היד של TLS בין Cloudflare לשרת המקור נכשלה.
    .advice = לא ניתן היה ליצור חיבור מאובטח לשרת האתר. נא לנסות שוב מאוחר יותר.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = תעודת SSL לא תקפה
    .description = לא רשמי (Cloudflare): השרתים של Cloudflare לא הצליחו לוודא את תקפות תעודת ה-TLS של שרת המקור.
    .advice = לא ניתן היה לוודא את תקפות תעודת האבטחה של האתר. נא לנסות שוב מאוחר יותר.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = שגיאת DNS בשרת המקור
    .description = לא רשמי (Cloudflare): נשלח יחד עם שגיאת Cloudflare מסדרה 1xxx, לרוב כשאי אפשר לתרגם לכתובת את שם ה-DNS של שרת המקור.
    .advice = אי אפשר להגיע לאתר כרגע. נא לנסות שוב מאוחר יותר.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = תם הזמן הקצוב לקריאה מהרשת
    .description = לא רשמי (מוסכמה של חלק משרתי הפרוקסי): תם הזמן הקצוב לקריאת התגובה מהשרת העורפי.
    .advice = לאתר לקח זמן רב מדי להגיב. נא לנסות שוב מאוחר יותר.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = תם הזמן הקצוב ליצירת חיבור לרשת
    .description = לא רשמי (מוסכמה של חלק משרתי הפרוקסי): תם הזמן הקצוב ליצירת חיבור לשרת העורפי.
    .advice = לא ניתן היה להגיע לאתר בזמן. נא לנסות שוב מאוחר יותר.
