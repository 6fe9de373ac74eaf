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
http-unknown = حالة غير معروفة
    .description = رمز الحالة هذا ليس رمز حالة HTTP صالحًا؛ فرموز الحالة الصالحة أعداد من ثلاث خانات تتراوح بين 100 و599.
    .advice = حدث أمر غير متوقع. يُرجى المحاولة مرة أخرى لاحقًا.
# 1xx class, RFC 9110 section 15.2.
http-1xx = استجابة معلوماتية
    .description = استجابة مرحلية: تلقّى الخادم الطلب ولا يزال يعالجه، وستليها الاستجابة النهائية.
# 2xx class, RFC 9110 section 15.3.
http-2xx = نجاح
    .description = تلقّى الخادم الطلب وفهمه وقبِله.
# 3xx class, RFC 9110 section 15.4.
http-3xx = إعادة توجيه
    .description = يجب على العميل اتخاذ إجراء إضافي لإتمام الطلب، وعادةً ما يكون ذلك باتباع رابط إلى عنوان آخر.
# 4xx class, RFC 9110 section 15.5.
http-4xx = خطأ من العميل
    .description = يحتوي الطلب على خطأ أو لا يمكن تلبيته بالصيغة التي أُرسل بها؛ وينبغي للعميل ألّا يكرره دون تعديل.
    .advice = يُرجى التحقق من العنوان ومما أدخلته، ثم المحاولة مرة أخرى.
# 5xx class, RFC 9110 section 15.6.
http-5xx = خطأ في الخادم
    .description = فشل الخادم في تلبية طلب يبدو صالحًا.
    .advice = المشكلة من جهتنا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = متابعة
    .description = تلقّى الخادم ترويسات الطلب، ويمكن للعميل مواصلة إرسال متن الطلب.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = تبديل البروتوكول
    .description = يوافق الخادم على طلب الترقية الذي أرسله العميل في ترويسة Upgrade، وينتقل إلى البروتوكول المذكور في الاستجابة، مثل WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = قيد المعالجة
    .description = خاص بـ WebDAV: قبِل الخادم الطلب ولا يزال يعالجه، لذا ينبغي ألّا يُنهي العميل الانتظار بسبب انتهاء المهلة.
# 103 Early Hints, RFC 8297.
http-103 = تلميحات مبكرة
    .description = تُرسَل قبل الاستجابة النهائية كي يتمكن العميل من البدء في التحميل المسبق للموارد المذكورة في ترويسات Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = استئناف الرفع مدعوم
    .description = يدعم الخادم استئناف عمليات الرفع، ويُعلم العميل بالموضع الذي يمكنه منه استئناف رفع انقطع. هذا الرمز مسجَّل تسجيلًا مؤقتًا فقط.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = تم بنجاح
    .description = نجح الطلب. ويتوقف محتوى الاستجابة على طريقة الطلب.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = تم الإنشاء
    .description = نجح الطلب وأُنشئ مورد جديد واحد أو أكثر، ويُحدَّد عادةً في ترويسة Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = تم القبول
    .description = قُبل الطلب للمعالجة، لكن المعالجة لم تنتهِ بعد وقد تفشل.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = معلومات غير مرجعية
    .description = نجح الطلب، لكن خادمًا وكيلًا تحويليًا عدّل المحتوى الذي أرسله الخادم الأصلي.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = لا يوجد محتوى
    .description = نجح الطلب ولا يوجد محتوى لإرساله في متن الاستجابة.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = إعادة تعيين المحتوى
    .description = نجح الطلب، وينبغي للعميل إعادة تعيين النموذج أو العرض الذي أرسله، مثلًا للسماح بإدخال جديد.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = محتوى جزئي
    .description = يرسل الخادم فقط أجزاء المورد التي طلبها العميل في ترويسة Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = حالات متعددة
    .description = خاص بـ WebDAV: المتن مستند XML يتضمن حالة مستقلة لكل مورد من عدة موارد.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = تم الإبلاغ مسبقًا
    .description = خاص بـ WebDAV: سبق إدراج عناصر هذه المجموعة في موضع سابق من الاستجابة نفسها، فلا تُكرَّر.
# 226 IM Used, RFC 3229.
http-226 = تم تطبيق IM
    .description = لبّى الخادم طلب GET باستخدام ترميز الفروق: الاستجابة ناتجة عن عمليات معالجة طُبِّقت على النسخة الحالية من المورد.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = خيارات متعددة
    .description = المورد متاح بعدة تمثيلات، ويمكن للعميل أو للمستخدم اختيار أحدها.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = نُقل بشكل دائم
    .description = للمورد عنوان دائم جديد مذكور في ترويسة Location، وينبغي تحديث الروابط لتشير إليه.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = تم العثور عليه
    .description = المورد موجود مؤقتًا في عنوان آخر مذكور في ترويسة Location. وعادةً ما يحوّل العملاء طلب POST إلى GET عند اتباع إعادة التوجيه هذه.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = انظر موردًا آخر
    .description = ينبغي للعميل جلب مورد آخر، مذكور في ترويسة Location، بطلب GET، مثل صفحة النتيجة بعد إرسال نموذج.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = لم يُعدَّل
    .description = تبيّن من طلب GET أو HEAD شرطي أن المورد لم يتغير، لذا يمكن للعميل استخدام نسخته المخزنة مؤقتًا.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = استخدم خادمًا وكيلًا
    .description = مُهمَل: كان يطلب من العميل تكرار الطلب عبر خادم وكيل. ولم يعد العملاء يتبعونه لأسباب أمنية.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = تبديل الخادم الوكيل (غير مستخدم)
    .description = محجوز: استُخدم هذا الرمز في مسودة سابقة من HTTP ولم يعد مستخدمًا.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = إعادة توجيه مؤقتة
    .description = المورد موجود مؤقتًا في عنوان آخر، ويجب على العميل تكرار الطلب هناك بالطريقة نفسها والمتن نفسه.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = إعادة توجيه دائمة
    .description = للمورد عنوان دائم جديد، ويجب على العميل تكرار الطلب هناك بالطريقة نفسها والمتن نفسه.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = طلب غير صالح
    .description = لا يستطيع الخادم معالجة الطلب بسبب خطأ من جهة العميل، مثل صياغة غير سليمة أو تأطير غير صالح للرسالة.
    .advice = يُرجى التحقق من العنوان أو من النموذج الذي أرسلته، ثم المحاولة مرة أخرى.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = غير مُصرَّح
    .description = يفتقر الطلب إلى بيانات اعتماد صالحة للمصادقة؛ وتوضح ترويسة WWW-Authenticate طريقة المصادقة.
    .advice = يُرجى تسجيل الدخول، ثم المحاولة مرة أخرى.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = الدفع مطلوب
    .description = محجوز للاستخدام المستقبلي. وترسله بعض الخدمات عند الحاجة إلى دفع أو اشتراك.
    .advice = قد يتطلب هذا المحتوى الدفع أو الاشتراك.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = محظور
    .description = فهم الخادم الطلب لكنه يرفض تلبيته؛ ولن تغيّر إعادة تسجيل الدخول ذلك.
    .advice = ليس لديك إذن بعرض هذه الصفحة.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = غير موجود
    .description = لم يجد الخادم شيئًا في هذا العنوان، ولا يمكنه الجزم بما إذا كان سيوجد فيه شيء يومًا ما.
    .advice = يُرجى التحقق من العنوان بحثًا عن أخطاء كتابية، أو العودة إلى الصفحة الرئيسية.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = الطريقة غير مسموح بها
    .description = لا يدعم المورد طريقة الطلب؛ وتسرد ترويسة Allow الطرق التي يدعمها.
    .advice = هذا الإجراء غير متاح هنا. يُرجى الرجوع والمحاولة بطريقة أخرى.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = غير مقبول
    .description = لا يملك الخادم أي تمثيل للمورد يطابق ترويسات Accept في الطلب.
    .advice = هذه الصفحة غير متاحة بتنسيق أو لغة يقبلها متصفحك.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = المصادقة لدى الخادم الوكيل مطلوبة
    .description = مثل الرمز 401، لكن يجب على العميل أولًا المصادقة لدى خادم وكيل، على النحو الذي تصفه ترويسة Proxy-Authenticate.
    .advice = يُرجى تسجيل الدخول إلى الخادم الوكيل في شبكتك، ثم المحاولة مرة أخرى.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = انتهت مهلة الطلب
    .description = لم يتلقَّ الخادم طلبًا كاملًا خلال المدة التي كان مستعدًا لانتظارها، فأغلق الاتصال.
    .advice = استغرق الاتصال وقتًا طويلًا جدًا. يُرجى المحاولة مرة أخرى.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = تعارض
    .description = يتعارض الطلب مع الحالة الحالية للمورد، مثل تعديل مبني على نسخة قديمة.
    .advice = ربما عدّل شخص آخر هذا المحتوى في الوقت نفسه. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = لم يعد موجودًا
    .description = أُزيل المورد عمدًا ولن يعود؛ وينبغي حذف الروابط المؤدية إليه.
    .advice = أُزيلت هذه الصفحة نهائيًا.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = الطول مطلوب
    .description = يرفض الخادم طلبًا له متن ولكن بلا ترويسة Content-Length.
    .advice = أرسل متصفحك طلبًا غير مكتمل. يُرجى المحاولة مرة أخرى.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = فشل الشرط المسبق
    .description = لم يتحقق على الخادم شرط وارد في ترويسات الطلب، مثل If-Match أو If-Unmodified-Since.
    .advice = تغيّر المحتوى منذ أن حمّلت الصفحة. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = المحتوى كبير جدًا
    .description = محتوى الطلب أكبر مما يرغب الخادم في معالجته أو يستطيع معالجته.
    .advice = ما أرسلته كبير جدًا. يُرجى تجربة ملف أصغر.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = عنوان URI طويل جدًا
    .description = عنوان URI المستهدف في الطلب أطول مما يقبل الخادم تفسيره.
    .advice = العنوان طويل جدًا. يُرجى التحقق منه أو البدء من جديد من الصفحة الرئيسية.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = نوع وسائط غير مدعوم
    .description = لا يدعم الخادم تنسيق محتوى الطلب كما تحدده ترويسة Content-Type أو Content-Encoding.
    .advice = هذا النوع من الملفات غير مدعوم هنا.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = تتعذّر تلبية النطاق
    .description = لا يتداخل أي من النطاقات الواردة في ترويسة Range في الطلب مع الحجم الحالي للمورد.
    .advice = الجزء المطلوب من الملف غير متاح. يُرجى تنزيله من جديد من البداية.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = فشل التوقع
    .description = لا يستطيع الخادم تلبية التوقع المذكور في ترويسة Expect في الطلب.
    .advice = أرسل متصفحك طلبًا لا يستطيع هذا الخادم التعامل معه. يُرجى المحاولة مرة أخرى.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = أنا إبريق شاي (غير مستخدم)
    .description = محجوز: دعابة كذبة أبريل من RFC 2324 انتشر تطبيقها على نطاق واسع حتى صار الرمز غير قابل للاستخدام لأي غرض آخر.
    .advice = رفض الخادم هذا الطلب برمز حالة على سبيل الدعابة.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = يُرجى التمهّل
    .description = غير رسمي (Twitter، في واجهته البرمجية الأولى): يخضع العميل لتحديد معدل الطلبات. وتستخدم الخوادم القياسية الرمز 429 بدلًا منه.
    .advice = أُرسلت طلبات كثيرة جدًا في وقت قصير. يُرجى الانتظار قليلًا، ثم المحاولة مرة أخرى.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = طلب موجَّه خطأً
    .description = وصل الطلب إلى خادم غير مُهيَّأ للرد على هذا المخطط وهذه الجهة (المضيف والمنفذ)، وغالبًا ما يحدث ذلك عبر اتصال أُعيد استخدامه.
    .advice = يُرجى المحاولة مرة أخرى. وإذا استمرت المشكلة، فيُرجى إعادة تشغيل المتصفح.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = محتوى غير قابل للمعالجة
    .description = صيغة الطلب سليمة، لكن الخادم لا يستطيع التصرف بناءً على محتواه، مثلًا بسبب أخطاء في التحقق من صحة البيانات.
    .advice = بعض ما أدخلته غير صالح. يُرجى مراجعته والمحاولة مرة أخرى.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = مُقفَل
    .description = خاص بـ WebDAV: المورد مُقفَل، لذا لا يمكن تطبيق هذه الطريقة عليه.
    .advice = هذا المحتوى مُقفَل لأن شخصًا آخر يعمل عليه. يُرجى المحاولة لاحقًا.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = فشل إجراء مُعتمَد عليه
    .description = خاص بـ WebDAV: تعذّر تنفيذ الطريقة لأن إجراءً آخر تعتمد عليه قد فشل.
    .advice = تعذّر إكمال طلبك بسبب فشل خطوة مرتبطة به. يُرجى المحاولة مرة أخرى.
# 425 Too Early, RFC 8470.
http-425 = مبكر جدًا
    .description = لا يرغب الخادم في معالجة طلب قد يُعاد إرساله، مثل طلب مُرسَل ضمن البيانات المبكرة في TLS.
    .advice = يُرجى المحاولة مرة أخرى بعد قليل.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = الترقية مطلوبة
    .description = يرفض الخادم الطلب عبر البروتوكول الحالي؛ وتذكر ترويسة Upgrade البروتوكول الذي يجب الانتقال إليه.
    .advice = يحتاج متصفحك إلى طريقة اتصال أحدث. يُرجى تحديث المتصفح، ثم المحاولة مرة أخرى.
# 428 Precondition Required, RFC 6585.
http-428 = الشرط المسبق مطلوب
    .description = يشترط الخادم أن يكون الطلب شرطيًا، مثلًا باستخدام If-Match، لمنع ضياع التحديثات.
    .advice = يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
# 429 Too Many Requests, RFC 6585.
http-429 = طلبات كثيرة جدًا
    .description = أرسل العميل عددًا كبيرًا جدًا من الطلبات خلال مدة معينة؛ وقد تحدد ترويسة Retry-After مدة الانتظار.
    .advice = لقد أرسلت طلبات كثيرة جدًا. يُرجى الانتظار قليلًا، ثم المحاولة مرة أخرى.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = حقول ترويسة الطلب كبيرة جدًا
    .description = يرفض الخادم الطلب لأن أحد حقول الترويسة، أو الحقول كلها مجتمعة، كبيرة جدًا.
    .advice = قد يفيد حذف ملفات تعريف الارتباط الخاصة بهذا الموقع من متصفحك. بعد ذلك يُرجى المحاولة مرة أخرى.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = انتهت مهلة تسجيل الدخول
    .description = غير رسمي (Microsoft IIS): انتهت صلاحية جلسة العميل، ويجب على المستخدم تسجيل الدخول مجددًا.
    .advice = انتهت صلاحية جلستك. يُرجى تسجيل الدخول مجددًا.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = لا توجد استجابة
    .description = غير رسمي (nginx، للاستخدام الداخلي فقط): أغلق الخادم الاتصال دون إرسال أي استجابة. يظهر هذا الرمز في السجلات، ولا يصل إلى العملاء أبدًا.
    .advice = أغلق الخادم الاتصال دون أن يرد. يُرجى المحاولة مرة أخرى لاحقًا.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = أعد المحاولة مع معلومات إضافية
    .description = غير رسمي (Microsoft IIS): كان الطلب يفتقر إلى معلومات، وينبغي إعادة محاولته بعد أن يقدمها العميل.
    .advice = بعض المعلومات ناقصة. يُرجى المحاولة مرة أخرى.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = محظور بواسطة الرقابة الأبوية في Windows
    .description = غير رسمي (Microsoft): حظرت الرقابة الأبوية في Windows الوصول إلى الصفحة المطلوبة.
    .advice = حظرت الرقابة الأبوية على هذا الحاسوب هذه الصفحة.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = غير متاح لأسباب قانونية
    .description = يمنع الخادم الوصول إلى المورد بسبب مطلب قانوني، مثل أمر قضائي.
    .advice = هذا المحتوى غير متاح لك لأسباب قانونية.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = ترويسة الطلب كبيرة جدًا
    .description = غير رسمي (nginx): الطلب أو أحد أسطر ترويساته كبير جدًا؛ وهو سلف الرمز 431.
    .advice = قد يفيد حذف ملفات تعريف الارتباط الخاصة بهذا الموقع من متصفحك. بعد ذلك يُرجى المحاولة مرة أخرى.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = خطأ في شهادة SSL
    .description = غير رسمي (nginx): شهادة العميل المقدَّمة لمصادقة العميل عبر TLS غير صالحة.
    .advice = لم تُقبل شهادة الأمان الخاصة بك. يُرجى التواصل مع مسؤول الموقع.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = شهادة SSL مطلوبة
    .description = غير رسمي (nginx): يشترط الخادم شهادة عميل لـ TLS، ولم يقدّم العميل أي شهادة.
    .advice = يتطلب هذا الموقع شهادة أمان من جهازك. يُرجى التواصل مع مسؤول الموقع.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = طلب HTTP مُرسَل إلى منفذ HTTPS
    .description = غير رسمي (nginx): وصل طلب HTTP غير مشفَّر إلى منفذ يتوقع HTTPS.
    .advice = يُرجى استخدام عنوان يبدأ بـ https:// والمحاولة مرة أخرى.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = ألغى العميل الطلب
    .description = غير رسمي (سجلات nginx): أغلق العميل الاتصال قبل أن يتمكن الخادم من إرسال استجابته.
    .advice = أُلغي الطلب قبل اكتماله. يُرجى المحاولة مرة أخرى.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = خطأ داخلي في الخادم
    .description = واجه الخادم حالة غير متوقعة منعته من تلبية الطلب.
    .advice = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى لاحقًا.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = غير مُنفَّذ
    .description = لا يدعم الخادم الوظيفة اللازمة لتلبية الطلب، مثل طريقة طلب غير معروفة.
    .advice = هذه الميزة غير متاحة على هذا الموقع.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = بوابة غير صالحة
    .description = تلقّت بوابة أو خادم وكيل استجابة غير صالحة من الخادم الخلفي الذي اتصل به.
    .advice = يواجه الموقع مشكلة في الوصول إلى أحد خوادمه. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = الخدمة غير متاحة
    .description = لا يستطيع الخادم معالجة الطلب حاليًا بسبب الحمل الزائد أو الصيانة؛ وقد تحدد ترويسة Retry-After موعد إعادة المحاولة.
    .advice = الموقع غير متاح مؤقتًا. يُرجى المحاولة مرة أخرى لاحقًا.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = انتهت مهلة البوابة
    .description = لم تتلقَّ بوابة أو خادم وكيل استجابة من الخادم الخلفي في الوقت المحدد.
    .advice = يستغرق الموقع وقتًا طويلًا جدًا في الاستجابة. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = إصدار HTTP غير مدعوم
    .description = لا يدعم الخادم الإصدار الرئيسي من HTTP المستخدم في الطلب.
    .advice = يستخدم متصفحك طريقة اتصال لا يدعمها هذا الخادم. يُرجى تحديث المتصفح، ثم المحاولة مرة أخرى.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = البديل يتفاوض أيضًا
    .description = التفاوض الشفاف على المحتوى مُهيَّأ بشكل خاطئ على الخادم: فالبديل المختار مُعَدّ هو نفسه لإجراء التفاوض.
    .advice = إعدادات الموقع غير صحيحة. يُرجى المحاولة مرة أخرى لاحقًا.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = مساحة التخزين غير كافية
    .description = خاص بـ WebDAV: لا يستطيع الخادم تخزين ما يلزم لإتمام الطلب.
    .advice = نفدت مساحة التخزين على الخادم. يُرجى المحاولة مرة أخرى لاحقًا.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = تم اكتشاف حلقة لا نهائية
    .description = خاص بـ WebDAV: أوقف الخادم العملية لأنه اكتشف حلقة لا نهائية، مثلًا في عمليات الربط عندما تكون قيمة Depth لا نهائية.
    .advice = دخل الخادم في حلقة متكررة أثناء معالجة طلبك. يُرجى المحاولة مرة أخرى لاحقًا.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = تم تجاوز حد عرض النطاق الترددي
    .description = غير رسمي (استضافة Apache وcPanel): استهلك الموقع كامل عرض النطاق الترددي الذي تسمح به خطة الاستضافة.
    .advice = تجاوز هذا الموقع الحد المسموح به من حركة البيانات. يُرجى المحاولة مرة أخرى لاحقًا.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = لم يُوسَّع
    .description = متقادم: لم يستوفِ الطلب سياسة الامتدادات في إطار امتدادات HTTP، المصنَّف حاليًا وثيقةً تاريخية.
    .advice = تعذّر على الخادم معالجة هذا الطلب. يُرجى المحاولة مرة أخرى لاحقًا.
# 511 Network Authentication Required, RFC 6585.
http-511 = المصادقة لدى الشبكة مطلوبة
    .description = يجب على العميل المصادقة للحصول على حق الوصول إلى الشبكة، وعادةً ما يكون ذلك عبر صفحة تسجيل الدخول في بوابة الاتصال المقيَّدة.
    .advice = يُرجى تسجيل الدخول إلى الشبكة المتصل بها، مثلًا من صفحة تسجيل الدخول الخاصة بشبكة Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = أعاد خادم الويب خطأً غير معروف
    .description = غير رسمي (Cloudflare): أعاد الخادم الأصلي استجابة فارغة أو غير معروفة أو غير متوقعة.
    .advice = استجاب خادم الموقع بشكل غير متوقع. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = خادم الويب متوقف
    .description = غير رسمي (Cloudflare): رفض الخادم الأصلي الاتصال.
    .advice = يتعذّر الوصول إلى خادم الموقع حاليًا. يُرجى المحاولة مرة أخرى لاحقًا.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = انتهت مهلة الاتصال
    .description = غير رسمي (Cloudflare): انتهت مهلة اتصال TCP بالخادم الأصلي.
    .advice = استغرق خادم الموقع وقتًا طويلًا جدًا في الرد. يُرجى المحاولة مرة أخرى لاحقًا.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = يتعذّر الوصول إلى الخادم الأصلي
    .description = غير رسمي (Cloudflare): تعذّر على Cloudflare الوصول إلى الخادم الأصلي، مثلًا بسبب مشكلة في DNS أو في التوجيه.
    .advice = يتعذّر الوصول إلى خادم الموقع حاليًا. يُرجى المحاولة مرة أخرى لاحقًا.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = انتهت المهلة
    .description = غير رسمي (Cloudflare): نجح الاتصال بالخادم الأصلي، لكنه لم يرسل استجابة HTTP في الوقت المحدد.
    .advice = استغرق خادم الموقع وقتًا طويلًا جدًا في الرد. يُرجى المحاولة مرة أخرى لاحقًا.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = فشلت مصافحة SSL
    .description = غير رسمي (Cloudflare): فشلت مصافحة TLS بين Cloudflare والخادم الأصلي.
    .advice = تعذّر إنشاء اتصال آمن بخادم الموقع. يُرجى المحاولة مرة أخرى لاحقًا.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = شهادة SSL غير صالحة
    .description = غير رسمي (Cloudflare): تعذّر على Cloudflare التحقق من صحة شهادة TLS الخاصة بالخادم الأصلي.
    .advice = تعذّر التحقق من شهادة الأمان الخاصة بالموقع. يُرجى المحاولة مرة أخرى لاحقًا.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = خطأ DNS في الخادم الأصلي
    .description = غير رسمي (Cloudflare): يُرسَل مع خطأ Cloudflare من الفئة 1xxx، وغالبًا عندما يتعذّر تحليل اسم DNS الخاص بالخادم الأصلي.
    .advice = يتعذّر الوصول إلى الموقع حاليًا. يُرجى المحاولة مرة أخرى لاحقًا.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = انتهت مهلة القراءة من الشبكة
    .description = غير رسمي (عُرف متَّبع لدى بعض الخوادم الوكيلة): انتهت مهلة قراءة الاستجابة من الخادم الخلفي.
    .advice = استغرق الموقع وقتًا طويلًا جدًا في الاستجابة. يُرجى المحاولة مرة أخرى لاحقًا.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = انتهت مهلة الاتصال بالشبكة
    .description = غير رسمي (عُرف متَّبع لدى بعض الخوادم الوكيلة): انتهت مهلة الاتصال بالخادم الخلفي.
    .advice = تعذّر الوصول إلى الموقع في الوقت المحدد. يُرجى المحاولة مرة أخرى لاحقًا.
