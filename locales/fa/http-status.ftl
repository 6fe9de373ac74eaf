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
http-unknown = وضعیت ناشناخته
    .description = این کد وضعیت، کد وضعیت معتبری در HTTP نیست؛ کدهای معتبر اعداد سه‌رقمی از 100 تا 599 هستند.
    .advice = مشکلی پیش‌بینی‌نشده رخ داد. لطفاً بعداً دوباره تلاش کنید.
# 1xx class, RFC 9110 section 15.2.
http-1xx = پاسخ اطلاعاتی
    .description = پاسخی میانی: سرور درخواست را دریافت کرده و هنوز در حال رسیدگی به آن است. پاسخ نهایی در ادامه می‌آید.
# 2xx class, RFC 9110 section 15.3.
http-2xx = موفقیت
    .description = سرور درخواست را دریافت کرد، آن را فهمید و پذیرفت.
# 3xx class, RFC 9110 section 15.4.
http-3xx = تغییر مسیر
    .description = کلاینت برای تکمیل درخواست باید اقدام دیگری انجام دهد که معمولاً دنبال کردن پیوندی به نشانی دیگر است.
# 4xx class, RFC 9110 section 15.5.
http-4xx = خطای کلاینت
    .description = درخواست خطا دارد یا به شکلی که ارسال شده قابل انجام نیست؛ کلاینت نباید آن را بدون تغییر تکرار کند.
    .advice = لطفاً نشانی و اطلاعات واردشده را بررسی کنید و دوباره تلاش کنید.
# 5xx class, RFC 9110 section 15.6.
http-5xx = خطای سرور
    .description = سرور نتوانست درخواستی را که به نظر معتبر است انجام دهد.
    .advice = مشکل از سمت ماست. لطفاً چند دقیقهٔ دیگر دوباره تلاش کنید.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = ادامه
    .description = سرور هدرهای درخواست را دریافت کرده است و کلاینت می‌تواند ارسال بدنهٔ درخواست را ادامه دهد.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = تغییر پروتکل
    .description = سرور با درخواست ارتقایی که کلاینت در هدر Upgrade فرستاده موافقت می‌کند و به پروتکلی که در پاسخ نام برده شده، مثلاً WebSocket، تغییر می‌کند.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = در حال پردازش
    .description = در WebDAV: سرور درخواست را پذیرفته و هنوز در حال پردازش آن است، بنابراین کلاینت نباید به دلیل پایان مهلت، انتظار را رها کند.
# 103 Early Hints, RFC 8297.
http-103 = اشاره‌های زودهنگام
    .description = پیش از پاسخ نهایی ارسال می‌شود تا کلاینت بتواند پیش‌بارگذاری منابعی را که در هدرهای Link آمده‌اند آغاز کند.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = پشتیبانی از ازسرگیری بارگذاری
    .description = سرور از بارگذاری‌های قابل ازسرگیری پشتیبانی می‌کند و به کلاینت اعلام می‌کند که بارگذاری قطع‌شده را از کجا می‌تواند ادامه دهد. این کد فقط به‌طور موقت ثبت شده است.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = انجام شد
    .description = درخواست موفق بود. محتوای پاسخ به متد درخواست بستگی دارد.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = ایجاد شد
    .description = درخواست موفق بود و یک یا چند منبع جدید ایجاد شد که معمولاً با هدر Location مشخص می‌شوند.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = پذیرفته شد
    .description = درخواست برای پردازش پذیرفته شده است، اما پردازش هنوز تمام نشده و ممکن است ناموفق باشد.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = اطلاعات غیرمرجع
    .description = درخواست موفق بود، اما یک پراکسی تبدیل‌کننده محتوایی را که سرور مبدأ فرستاده بود تغییر داده است.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = بدون محتوا
    .description = درخواست موفق بود و محتوایی برای ارسال در بدنهٔ پاسخ وجود ندارد.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = بازنشانی محتوا
    .description = درخواست موفق بود و کلاینت باید فرم یا نمایی را که درخواست را فرستاده است بازنشانی کند، مثلاً تا بتوان داده‌های تازه‌ای درج کرد.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = محتوای جزئی
    .description = سرور فقط بخش‌هایی از منبع را می‌فرستد که کلاینت با هدر Range درخواست کرده است.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = چندوضعیتی
    .description = در WebDAV: بدنه یک سند XML است که برای هر یک از چند منبع، وضعیتی جداگانه در بر دارد.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = قبلاً گزارش‌شده
    .description = در WebDAV: اعضای این مجموعه پیش‌تر در همین پاسخ فهرست شده‌اند و دوباره تکرار نمی‌شوند.
# 226 IM Used, RFC 3229.
http-226 = استفاده از IM
    .description = سرور درخواست GET را با کدگذاری دلتا انجام داد: پاسخ نتیجهٔ اعمال دست‌کاری‌های نمونه بر منبع فعلی است.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = چند گزینه
    .description = منبع در چند بازنمایی در دسترس است و کلاینت یا کاربر می‌تواند یکی از آن‌ها را انتخاب کند.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = انتقال دائمی
    .description = منبع نشانی دائمی جدیدی دارد که در هدر Location آمده است؛ پیوندها باید به این نشانی به‌روزرسانی شوند.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = پیدا شد
    .description = منبع به‌طور موقت در نشانی دیگری است که در هدر Location آمده است. کلاینت‌ها هنگام دنبال کردن این تغییر مسیر معمولاً POST را به GET تبدیل می‌کنند.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = منبع دیگری را ببینید
    .description = کلاینت باید منبع دیگری را که در هدر Location آمده است با درخواست GET دریافت کند، مثلاً صفحهٔ نتیجه پس از ارسال یک فرم.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = تغییر نکرده
    .description = یک درخواست شرطی GET یا HEAD نشان داد که منبع تغییری نکرده است، بنابراین کلاینت می‌تواند از نسخهٔ موجود در حافظهٔ نهان خود استفاده کند.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = از پراکسی استفاده کنید
    .description = منسوخ: زمانی از کلاینت می‌خواست درخواست را از طریق یک پراکسی تکرار کند. کلاینت‌ها به دلایل امنیتی دیگر از آن پیروی نمی‌کنند.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = تعویض پراکسی (بدون استفاده)
    .description = رزروشده: این کد در پیش‌نویسی اولیه از HTTP به کار می‌رفت و دیگر استفاده نمی‌شود.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = تغییر مسیر موقت
    .description = منبع به‌طور موقت در نشانی دیگری است و کلاینت باید درخواست را با همان متد و همان بدنه در آنجا تکرار کند.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = تغییر مسیر دائمی
    .description = منبع نشانی دائمی جدیدی دارد و کلاینت باید درخواست را با همان متد و همان بدنه در آنجا تکرار کند.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = درخواست نامعتبر
    .description = سرور به دلیل خطای کلاینت، مانند نحو نادرست یا قاب‌بندی نامعتبر پیام، نمی‌تواند درخواست را پردازش کند.
    .advice = لطفاً نشانی یا فرمی را که ارسال کرده‌اید بررسی کنید و دوباره تلاش کنید.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = غیرمجاز
    .description = درخواست فاقد اطلاعات معتبر برای احراز هویت است؛ هدر WWW-Authenticate روش احراز هویت را مشخص می‌کند.
    .advice = لطفاً وارد حساب خود شوید و دوباره تلاش کنید.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = نیاز به پرداخت
    .description = برای استفادهٔ آینده رزرو شده است. برخی سرویس‌ها وقتی پرداخت یا اشتراک لازم باشد آن را ارسال می‌کنند.
    .advice = ممکن است دسترسی به این محتوا نیازمند پرداخت یا اشتراک باشد.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = دسترسی ممنوع
    .description = سرور درخواست را فهمیده اما از انجام آن خودداری می‌کند؛ ورود دوباره به حساب این وضعیت را تغییر نمی‌دهد.
    .advice = شما اجازهٔ مشاهدهٔ این صفحه را ندارید.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = یافت نشد
    .description = سرور در این نشانی چیزی پیدا نکرد و نمی‌تواند بگوید که آیا روزی چیزی در آن خواهد بود یا نه.
    .advice = لطفاً نشانی را از نظر غلط تایپی بررسی کنید یا به صفحهٔ اصلی بازگردید.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = متد مجاز نیست
    .description = منبع از متد درخواست پشتیبانی نمی‌کند؛ هدر Allow متدهایی را که پشتیبانی می‌شوند فهرست می‌کند.
    .advice = این کار در اینجا امکان‌پذیر نیست. لطفاً بازگردید و از راه دیگری اقدام کنید.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = غیرقابل‌قبول
    .description = سرور هیچ بازنمایی‌ای از منبع ندارد که با هدرهای Accept درخواست مطابقت داشته باشد.
    .advice = این صفحه در قالب یا زبانی که مرورگر شما می‌پذیرد در دسترس نیست.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = نیاز به احراز هویت پراکسی
    .description = مانند 401، اما کلاینت ابتدا باید نزد یک پراکسی احراز هویت کند، همان‌طور که هدر Proxy-Authenticate توضیح می‌دهد.
    .advice = لطفاً وارد پراکسی شبکهٔ خود شوید و دوباره تلاش کنید.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = پایان مهلت درخواست
    .description = سرور در مدتی که حاضر به انتظار بود درخواست کاملی دریافت نکرد و اتصال را بست.
    .advice = اتصال بیش از حد طول کشید. لطفاً دوباره تلاش کنید.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = تعارض
    .description = درخواست با وضعیت فعلی منبع تعارض دارد، مثلاً ویرایشی که بر پایهٔ نسخه‌ای قدیمی انجام شده است.
    .advice = ممکن است کسی هم‌زمان این محتوا را تغییر داده باشد. لطفاً صفحه را بارگذاری مجدد کنید و دوباره تلاش کنید.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = حذف‌شده
    .description = منبع عمداً حذف شده است و بازنمی‌گردد؛ پیوندهایی که به آن اشاره می‌کنند باید حذف شوند.
    .advice = این صفحه برای همیشه حذف شده است.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = نیاز به طول
    .description = سرور درخواستی را که بدنه دارد اما هدر Content-Length ندارد رد می‌کند.
    .advice = مرورگر شما درخواست ناقصی فرستاد. لطفاً دوباره تلاش کنید.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = پیش‌شرط برقرار نشد
    .description = شرطی در هدرهای درخواست، مانند If-Match یا If-Unmodified-Since، در سرور برقرار نبود.
    .advice = محتوا از زمانی که صفحه را باز کردید تغییر کرده است. لطفاً صفحه را بارگذاری مجدد کنید و دوباره تلاش کنید.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = محتوا بیش از حد بزرگ است
    .description = محتوای درخواست بزرگ‌تر از حدی است که سرور مایل یا قادر به پردازش آن باشد.
    .advice = آنچه فرستادید بیش از حد بزرگ است. لطفاً فایل کوچک‌تری را امتحان کنید.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = نشانی URI بیش از حد طولانی است
    .description = نشانی URI مقصد درخواست طولانی‌تر از حدی است که سرور حاضر به تفسیر آن باشد.
    .advice = نشانی بیش از حد طولانی است. لطفاً آن را بررسی کنید یا از صفحهٔ اصلی دوباره شروع کنید.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = نوع رسانه پشتیبانی نمی‌شود
    .description = سرور از قالب محتوای درخواست، آن‌طور که در Content-Type یا Content-Encoding آمده است، پشتیبانی نمی‌کند.
    .advice = این نوع فایل در اینجا پشتیبانی نمی‌شود.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = محدوده قابل ارائه نیست
    .description = هیچ‌یک از محدوده‌های هدر Range درخواست با گسترهٔ فعلی منبع هم‌پوشانی ندارد.
    .advice = بخش درخواست‌شدهٔ فایل در دسترس نیست. لطفاً آن را از ابتدا دوباره بارگیری کنید.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = انتظار برآورده نشد
    .description = سرور نمی‌تواند انتظاری را که در هدر Expect درخواست آمده است برآورده کند.
    .advice = مرورگر شما درخواستی فرستاد که این سرور نمی‌تواند به آن رسیدگی کند. لطفاً دوباره تلاش کنید.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = من یک قوری هستم (بدون استفاده)
    .description = رزروشده: شوخی دروغ اول آوریل در RFC 2324 که آن‌قدر گسترده به کار رفت که دیگر نمی‌توان از این کد برای کار دیگری استفاده کرد.
    .advice = سرور این درخواست را با یک کد وضعیت شوخی‌آمیز رد کرد.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = آرامش خود را حفظ کنید
    .description = غیررسمی (Twitter، در رابط برنامه‌نویسی اولیهٔ آن): نرخ درخواست‌های کلاینت محدود شده است. سرورهای استاندارد به‌جای آن از 429 استفاده می‌کنند.
    .advice = در مدت کوتاهی درخواست‌های زیادی ارسال شد. لطفاً کمی صبر کنید و دوباره تلاش کنید.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = درخواست با مقصد نادرست
    .description = درخواست به سروری رسیده است که برای پاسخ‌گویی به این طرح و این مرجع (میزبان و پورت) پیکربندی نشده است؛ این اغلب از طریق اتصالی رخ می‌دهد که دوباره به کار گرفته شده است.
    .advice = لطفاً دوباره تلاش کنید. اگر مشکل ادامه داشت، مرورگر خود را دوباره راه‌اندازی کنید.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = محتوای غیرقابل‌پردازش
    .description = ساختار درخواست درست است، اما سرور نمی‌تواند بر اساس محتوای آن عمل کند، مثلاً به دلیل خطاهای اعتبارسنجی.
    .advice = بخشی از اطلاعاتی که وارد کردید معتبر نیست. لطفاً آن را بررسی کنید و دوباره تلاش کنید.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = قفل‌شده
    .description = در WebDAV: منبع قفل است، بنابراین این متد را نمی‌توان روی آن اعمال کرد.
    .advice = این محتوا قفل است، چون شخص دیگری روی آن کار می‌کند. لطفاً بعداً دوباره تلاش کنید.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = شکست وابستگی
    .description = در WebDAV: متد اجرا نشد، چون عمل دیگری که به آن وابسته است ناموفق بود.
    .advice = درخواست شما کامل نشد، چون یک مرحلهٔ مرتبط ناموفق بود. لطفاً دوباره تلاش کنید.
# 425 Too Early, RFC 8470.
http-425 = زودتر از موعد
    .description = سرور مایل نیست درخواستی را پردازش کند که ممکن است بازپخش شود، مانند درخواستی که به‌صورت دادهٔ زودهنگام TLS ارسال شده است.
    .advice = لطفاً چند لحظهٔ دیگر دوباره تلاش کنید.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = نیاز به ارتقا
    .description = سرور درخواست را روی پروتکل فعلی رد می‌کند؛ هدر Upgrade پروتکلی را که باید به آن تغییر کرد نام می‌برد.
    .advice = مرورگر شما به روش اتصال جدیدتری نیاز دارد. لطفاً مرورگر خود را به‌روزرسانی کنید و دوباره تلاش کنید.
# 428 Precondition Required, RFC 6585.
http-428 = نیاز به پیش‌شرط
    .description = سرور لازم می‌داند که درخواست شرطی باشد، مثلاً با If-Match، تا از گم شدن به‌روزرسانی‌ها جلوگیری شود.
    .advice = لطفاً صفحه را بارگذاری مجدد کنید و دوباره تلاش کنید.
# 429 Too Many Requests, RFC 6585.
http-429 = درخواست‌های بیش از حد
    .description = کلاینت در بازهٔ زمانی مشخصی درخواست‌های بیش از حدی فرستاده است؛ هدر Retry-After ممکن است مدت انتظار را مشخص کند.
    .advice = شما درخواست‌های بیش از حدی فرستاده‌اید. لطفاً کمی صبر کنید و دوباره تلاش کنید.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = فیلدهای هدر درخواست بیش از حد بزرگ‌اند
    .description = سرور درخواست را رد می‌کند، چون یکی از فیلدهای هدر یا مجموع همهٔ آن‌ها بیش از حد بزرگ است.
    .advice = پاک کردن کوکی‌های این سایت در مرورگر ممکن است کمک کند. سپس دوباره تلاش کنید.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = پایان مهلت ورود
    .description = غیررسمی (Microsoft IIS): نشست کلاینت منقضی شده است و کاربر باید دوباره وارد حساب خود شود.
    .advice = نشست شما منقضی شده است. لطفاً دوباره وارد حساب خود شوید.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = بدون پاسخ
    .description = غیررسمی (nginx، فقط برای استفادهٔ داخلی): سرور بدون ارسال هیچ پاسخی اتصال را بست. این کد در لاگ‌ها دیده می‌شود و هرگز به کلاینت‌ها نمی‌رسد.
    .advice = سرور بدون پاسخ اتصال را بست. لطفاً بعداً دوباره تلاش کنید.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = تلاش دوباره با اطلاعات بیشتر
    .description = غیررسمی (Microsoft IIS): درخواست اطلاعات کافی نداشت و باید پس از آنکه کلاینت آن اطلاعات را فراهم کرد، دوباره ارسال شود.
    .advice = برخی اطلاعات ناقص است. لطفاً دوباره تلاش کنید.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = مسدودشده توسط کنترل والدین Windows
    .description = غیررسمی (Microsoft): کنترل والدین Windows دسترسی به صفحهٔ درخواست‌شده را مسدود کرد.
    .advice = کنترل والدین در این رایانه این صفحه را مسدود کرده است.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = به دلایل قانونی در دسترس نیست
    .description = سرور به دلیل یک الزام قانونی، مانند حکم دادگاه، دسترسی به منبع را رد می‌کند.
    .advice = این محتوا به دلایل قانونی برای شما در دسترس نیست.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = هدر درخواست بیش از حد بزرگ است
    .description = غیررسمی (nginx): درخواست یا یکی از خطوط هدر آن بیش از حد بزرگ است؛ این کد پیش از 431 به کار می‌رفت.
    .advice = پاک کردن کوکی‌های این سایت در مرورگر ممکن است کمک کند. سپس دوباره تلاش کنید.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = خطای گواهی SSL
    .description = غیررسمی (nginx): گواهی کلاینتی که برای احراز هویت کلاینت در TLS ارائه شده، نامعتبر است.
    .advice = گواهی امنیتی شما پذیرفته نشد. لطفاً با مدیر سایت تماس بگیرید.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = گواهی SSL لازم است
    .description = غیررسمی (nginx): سرور به گواهی کلاینت برای TLS نیاز دارد و کلاینت گواهی‌ای ارائه نکرده است.
    .advice = این سایت به گواهی امنیتی از دستگاه شما نیاز دارد. لطفاً با مدیر سایت تماس بگیرید.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = درخواست HTTP به پورت HTTPS ارسال شد
    .description = غیررسمی (nginx): یک درخواست HTTP رمزنگاری‌نشده به پورتی رسید که انتظار HTTPS دارد.
    .advice = لطفاً از نشانی‌ای استفاده کنید که با https:// شروع می‌شود و دوباره تلاش کنید.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = کلاینت درخواست را لغو کرد
    .description = غیررسمی (لاگ‌های nginx): کلاینت پیش از آنکه سرور بتواند پاسخ خود را بفرستد اتصال را بست.
    .advice = درخواست پیش از تکمیل لغو شد. لطفاً دوباره تلاش کنید.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = خطای داخلی سرور
    .description = سرور با وضعیتی پیش‌بینی‌نشده روبه‌رو شد که مانع انجام درخواست شد.
    .advice = مشکلی در سمت ما پیش آمد. لطفاً بعداً دوباره تلاش کنید.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = پیاده‌سازی‌نشده
    .description = سرور از قابلیت لازم برای انجام درخواست، مانند یک متد درخواست ناشناخته، پشتیبانی نمی‌کند.
    .advice = این قابلیت در این سایت در دسترس نیست.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = دروازهٔ نامعتبر
    .description = یک دروازه یا پراکسی از سرور بالادستی‌ای که با آن تماس گرفته، پاسخ نامعتبری دریافت کرد.
    .advice = سایت در دسترسی به یکی از سرورهایش مشکل دارد. لطفاً چند دقیقهٔ دیگر دوباره تلاش کنید.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = سرویس در دسترس نیست
    .description = سرور به دلیل بار بیش از حد یا تعمیر و نگهداری فعلاً نمی‌تواند به درخواست رسیدگی کند؛ هدر Retry-After ممکن است زمان تلاش دوباره را مشخص کند.
    .advice = سایت موقتاً در دسترس نیست. لطفاً بعداً دوباره تلاش کنید.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = پایان مهلت دروازه
    .description = یک دروازه یا پراکسی به‌موقع از سرور بالادستی پاسخی دریافت نکرد.
    .advice = پاسخ‌گویی سایت بیش از حد طول می‌کشد. لطفاً چند دقیقهٔ دیگر دوباره تلاش کنید.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = نسخهٔ HTTP پشتیبانی نمی‌شود
    .description = سرور از نسخهٔ اصلی HTTP که در درخواست به کار رفته است پشتیبانی نمی‌کند.
    .advice = مرورگر شما از روش اتصالی استفاده می‌کند که این سرور پشتیبانی نمی‌کند. لطفاً مرورگر خود را به‌روزرسانی کنید و دوباره تلاش کنید.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = گونه نیز مذاکره می‌کند
    .description = مذاکرهٔ شفاف محتوا در سرور نادرست پیکربندی شده است: گونهٔ انتخاب‌شده خود برای انجام مذاکره تنظیم شده است.
    .advice = پیکربندی سایت نادرست است. لطفاً بعداً دوباره تلاش کنید.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = فضای ذخیره‌سازی ناکافی
    .description = در WebDAV: سرور نمی‌تواند آنچه را برای تکمیل درخواست لازم است ذخیره کند.
    .advice = فضای ذخیره‌سازی سرور پر شده است. لطفاً بعداً دوباره تلاش کنید.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = حلقه شناسایی شد
    .description = در WebDAV: سرور عملیات را متوقف کرد، چون یک حلقهٔ بی‌پایان پیدا کرد، مثلاً در پیوندسازی‌ها وقتی مقدار Depth بی‌نهایت است.
    .advice = سرور هنگام رسیدگی به درخواست شما در یک حلقه گیر افتاد. لطفاً بعداً دوباره تلاش کنید.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = عبور از سقف پهنای باند
    .description = غیررسمی (میزبانی Apache و cPanel): سایت تمام پهنای باندی را که طرح میزبانی‌اش اجازه می‌دهد مصرف کرده است.
    .advice = این سایت از سهمیهٔ ترافیک خود فراتر رفته است. لطفاً بعداً دوباره تلاش کنید.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = گسترش‌نیافته
    .description = از رده خارج: درخواست با سیاست افزونه‌های چارچوب افزونه‌های HTTP، که اکنون در ردهٔ اسناد تاریخی قرار دارد، مطابقت نداشت.
    .advice = سرور نتوانست به این درخواست رسیدگی کند. لطفاً بعداً دوباره تلاش کنید.
# 511 Network Authentication Required, RFC 6585.
http-511 = نیاز به احراز هویت شبکه
    .description = کلاینت برای دسترسی به شبکه باید احراز هویت کند، معمولاً از طریق صفحهٔ ورود پورتال شبکه که پیش از دسترسی نمایش داده می‌شود.
    .advice = لطفاً وارد شبکه‌ای شوید که به آن متصل هستید، مثلاً در صفحهٔ ورود Wi-Fi آن.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = وب‌سرور خطای ناشناخته‌ای برگرداند
    .description = غیررسمی (Cloudflare): سرور مبدأ پاسخی خالی، ناشناخته یا غیرمنتظره برگرداند.
    .advice = سرور سایت پاسخ غیرمنتظره‌ای داد. لطفاً چند دقیقهٔ دیگر دوباره تلاش کنید.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = وب‌سرور از کار افتاده است
    .description = غیررسمی (Cloudflare): سرور مبدأ اتصال را رد کرد.
    .advice = در حال حاضر دسترسی به سرور سایت ممکن نیست. لطفاً بعداً دوباره تلاش کنید.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = پایان مهلت اتصال
    .description = غیررسمی (Cloudflare): مهلت اتصال TCP به سرور مبدأ به پایان رسید.
    .advice = پاسخ سرور سایت بیش از حد طول کشید. لطفاً بعداً دوباره تلاش کنید.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = سرور مبدأ در دسترس نیست
    .description = غیررسمی (Cloudflare): شبکهٔ Cloudflare نتوانست به سرور مبدأ برسد، مثلاً به دلیل مشکل DNS یا مسیریابی.
    .advice = در حال حاضر دسترسی به سرور سایت ممکن نیست. لطفاً بعداً دوباره تلاش کنید.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = پایان مهلت
    .description = غیررسمی (Cloudflare): اتصال به سرور مبدأ برقرار شد، اما سرور به‌موقع پاسخ HTTP نفرستاد.
    .advice = پاسخ سرور سایت بیش از حد طول کشید. لطفاً بعداً دوباره تلاش کنید.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = دست‌دهی SSL ناموفق بود
    .description = غیررسمی (Cloudflare): دست‌دهی TLS بین Cloudflare و سرور مبدأ ناموفق بود.
    .advice = برقراری اتصال امن با سرور سایت ممکن نشد. لطفاً بعداً دوباره تلاش کنید.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = گواهی SSL نامعتبر
    .description = غیررسمی (Cloudflare): شبکهٔ Cloudflare نتوانست اعتبار گواهی TLS سرور مبدأ را تأیید کند.
    .advice = اعتبار گواهی امنیتی سایت تأیید نشد. لطفاً بعداً دوباره تلاش کنید.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = خطای DNS سرور مبدأ
    .description = غیررسمی (Cloudflare): همراه با یک خطای 1xxx از Cloudflare ارسال می‌شود، بیشتر وقتی که تفکیک نام DNS سرور مبدأ ممکن نیست.
    .advice = در حال حاضر دسترسی به سایت ممکن نیست. لطفاً بعداً دوباره تلاش کنید.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = پایان مهلت خواندن از شبکه
    .description = غیررسمی (قراردادی در برخی پراکسی‌ها): مهلت خواندن پاسخ از سرور بالادستی به پایان رسید.
    .advice = پاسخ‌گویی سایت بیش از حد طول کشید. لطفاً بعداً دوباره تلاش کنید.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = پایان مهلت اتصال به شبکه
    .description = غیررسمی (قراردادی در برخی پراکسی‌ها): مهلت اتصال به سرور بالادستی به پایان رسید.
    .advice = سایت به‌موقع در دسترس قرار نگرفت. لطفاً بعداً دوباره تلاش کنید.
