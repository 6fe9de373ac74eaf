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
http-unknown = Ismeretlen állapotkód
    .description = A kód nem érvényes HTTP-állapotkód; az érvényes kódok 100 és 599 közötti háromjegyű számok.
    .advice = Váratlan hiba történt. Kérjük, próbálja újra később.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Tájékoztató válasz
    .description = Köztes válasz: a szerver megkapta a kérést, és még dolgozik rajta. A végleges válasz később érkezik.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Sikeres kérés
    .description = A szerver megkapta, értelmezte és elfogadta a kérést.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Átirányítás
    .description = A kérés teljesítéséhez a kliensnek további lépést kell tennie, általában egy másik címre mutató hivatkozást kell követnie.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Klienshiba
    .description = A kérés hibát tartalmaz, vagy ebben a formában nem teljesíthető; a kliens ne küldje el újra változtatás nélkül.
    .advice = Ellenőrizze a címet és a megadott adatokat, majd próbálja újra.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Szerverhiba
    .description = A szerver nem tudott teljesíteni egy érvényesnek tűnő kérést.
    .advice = A hiba nálunk van. Kérjük, próbálja újra néhány perc múlva.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Folytatás
    .description = A szerver megkapta a kérés fejléceit, a kliens folytathatja a kérés törzsének küldését.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Protokollváltás
    .description = A szerver elfogadja a kliens Upgrade fejléccel küldött kérését, és átvált a válaszban megnevezett protokollra, például a WebSocket protokollra.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Feldolgozás folyamatban
    .description = WebDAV: a szerver elfogadta a kérést, és még feldolgozza, ezért a kliens ne szakítsa meg a várakozást időtúllépés miatt.
# 103 Early Hints, RFC 8297.
http-103 = Korai jelzések
    .description = A szerver a végleges válasz előtt küldi, hogy a kliens már előre betölthesse a Link fejlécekben megnevezett erőforrásokat.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = A feltöltés folytatása támogatott
    .description = A szerver támogatja a folytatható feltöltést, és közli a klienssel, honnan folytathatja a megszakadt feltöltést. Ez a kód csak ideiglenesen van regisztrálva.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = A kérés sikeres volt. A válasz tartalma a kérés metódusától függ.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Létrehozva
    .description = A kérés sikeres volt, és egy vagy több új erőforrást hozott létre, amelyeket általában a Location fejléc azonosít.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Elfogadva
    .description = A szerver feldolgozásra elfogadta a kérést, de a feldolgozás még nem fejeződött be, és akár meg is hiúsulhat.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Nem hiteles információ
    .description = A kérés sikeres volt, de egy átalakító proxyszerver módosította a forrásszerver által küldött tartalmat.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Nincs tartalom
    .description = A kérés sikeres volt, és a válasz törzsében nincs küldendő tartalom.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Tartalom alaphelyzetbe állítása
    .description = A kérés sikeres volt, és a kliensnek alaphelyzetbe kell állítania a kérést küldő űrlapot vagy nézetet, például hogy új adatokat lehessen megadni.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Részleges tartalom
    .description = A szerver az erőforrásnak csak azokat a részeit küldi, amelyeket a kliens a Range fejléccel kért.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Többszörös állapot
    .description = WebDAV: a törzs egy XML-dokumentum, amely több erőforrás mindegyikéhez külön állapotot tartalmaz.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Már jelentve
    .description = WebDAV: a gyűjtemény tagjai ugyanebben a válaszban korábban már szerepeltek, ezért a szerver nem ismétli meg őket.
# 226 IM Used, RFC 3229.
http-226 = IM alkalmazva
    .description = A szerver különbségi kódolással teljesített egy GET-kérést: a válasz az aktuális erőforrásra alkalmazott példánymanipulációk eredménye.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Több választási lehetőség
    .description = Az erőforrás több reprezentációban is elérhető, és a kliens vagy a felhasználó választhat közülük.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Véglegesen áthelyezve
    .description = Az erőforrásnak új, végleges címe van, amelyet a Location fejléc ad meg; a hivatkozásokat erre a címre kell frissíteni.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Megtalálva
    .description = Az erőforrás ideiglenesen egy másik címen található, amelyet a Location fejléc ad meg. A kliensek az átirányítás követésekor gyakran GET-re cserélik a POST metódust.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Lásd máshol
    .description = A kliensnek GET-kéréssel egy másik, a Location fejlécben megnevezett erőforrást kell lekérnie, például egy űrlap elküldése utáni eredményoldalt.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Nem módosult
    .description = Egy feltételes GET- vagy HEAD-kérés kiértékelésekor kiderült, hogy az erőforrás nem változott, így a kliens használhatja a gyorsítótárban tárolt példányát.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Proxyszerver használata
    .description = Elavult: korábban arra kérte a klienst, hogy proxyszerveren keresztül ismételje meg a kérést. A kliensek biztonsági okokból már nem követik.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Proxyszerver-váltás (nem használt)
    .description = Fenntartva: ezt a kódot a HTTP egy korábbi tervezete használta, ma már nincs használatban.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Ideiglenes átirányítás
    .description = Az erőforrás ideiglenesen egy másik címen található, és a kliensnek ott ugyanazzal a metódussal és törzzsel kell megismételnie a kérést.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Végleges átirányítás
    .description = Az erőforrásnak új, végleges címe van, és a kliensnek ott ugyanazzal a metódussal és törzzsel kell megismételnie a kérést.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Hibás kérés
    .description = A szerver kliensoldali hiba, például hibás szintaxis vagy érvénytelen üzenetkeretezés miatt nem tudja feldolgozni a kérést.
    .advice = Ellenőrizze a címet vagy az elküldött űrlapot, majd próbálja újra.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Hitelesítés szükséges
    .description = A kérésből hiányoznak az érvényes hitelesítési adatok; a WWW-Authenticate fejléc adja meg, hogyan kell hitelesítést végezni.
    .advice = Jelentkezzen be, majd próbálja újra.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Fizetés szükséges
    .description = Jövőbeli használatra fenntartva. Egyes szolgáltatások akkor küldik, ha fizetésre vagy előfizetésre van szükség.
    .advice = Ehhez a tartalomhoz fizetés vagy előfizetés szükséges lehet.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Hozzáférés megtagadva
    .description = A szerver értelmezte a kérést, de megtagadja a teljesítését; az újbóli bejelentkezés ezen nem változtat.
    .advice = Nincs jogosultsága az oldal megtekintéséhez.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Nem található
    .description = A szerver nem talált semmit ezen a címen, és azt sem tudja megmondani, lesz-e ott valaha bármi.
    .advice = Ellenőrizze, nincs-e elírás a címben, vagy térjen vissza a kezdőlapra.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Nem engedélyezett metódus
    .description = Az erőforrás nem támogatja a kérés metódusát; az Allow fejléc felsorolja a támogatott metódusokat.
    .advice = Ez a művelet itt nem érhető el. Lépjen vissza, és próbálkozzon más módon.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Nem elfogadható
    .description = A szervernek nincs olyan reprezentációja az erőforrásról, amely megfelelne a kérés Accept fejléceinek.
    .advice = Ez az oldal nem érhető el olyan formátumban vagy nyelven, amelyet a böngészője elfogad.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Proxyszerver-hitelesítés szükséges
    .description = Hasonló a 401-es kódhoz, de a kliensnek előbb egy proxyszervernél kell hitelesítenie magát a Proxy-Authenticate fejlécben leírt módon.
    .advice = Jelentkezzen be a hálózata proxyszerverére, majd próbálja újra.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = A kérés időtúllépése
    .description = A szerver nem kapott meg egy teljes kérést azon az időn belül, ameddig hajlandó volt várni, ezért lezárta a kapcsolatot.
    .advice = A kapcsolat túl lassú volt. Kérjük, próbálja újra.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Ütközés
    .description = A kérés ütközik az erőforrás aktuális állapotával, például ha egy szerkesztés elavult verzión alapul.
    .advice = Lehet, hogy közben valaki más is módosította ezt a tartalmat. Töltse be újra az oldalt, majd próbálja újra.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Véglegesen eltávolítva
    .description = Az erőforrást szándékosan eltávolították, és nem is fog visszatérni; a rá mutató hivatkozásokat törölni kell.
    .advice = Ezt az oldalt véglegesen eltávolították.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Hossz megadása szükséges
    .description = A szerver elutasítja azt a kérést, amelynek van törzse, de nincs Content-Length fejléce.
    .advice = A böngészője hiányos kérést küldött. Kérjük, próbálja újra.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Nem teljesült előfeltétel
    .description = A kérés fejléceiben megadott feltétel, például az If-Match vagy az If-Unmodified-Since, a szerveren hamisnak bizonyult.
    .advice = A tartalom megváltozott, mióta betöltötte. Töltse be újra az oldalt, majd próbálja újra.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Túl nagy tartalom
    .description = A kérés tartalma nagyobb annál, amit a szerver hajlandó vagy képes feldolgozni.
    .advice = Az elküldött adat túl nagy. Próbálkozzon kisebb fájllal.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = Túl hosszú URI
    .description = A kérés cél-URI-ja hosszabb annál, amit a szerver hajlandó értelmezni.
    .advice = A cím túl hosszú. Ellenőrizze, vagy kezdje újra a kezdőlapról.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Nem támogatott médiatípus
    .description = A szerver nem támogatja a kérés tartalmának a Content-Type vagy a Content-Encoding fejlécben megadott formátumát.
    .advice = Ez a fájltípus itt nem támogatott.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Nem teljesíthető tartomány
    .description = A kérés Range fejlécében szereplő tartományok egyike sincs átfedésben az erőforrás jelenlegi terjedelmével.
    .advice = A fájl kért része nem érhető el. Próbálja meg a fájlt az elejétől újra letölteni.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Nem teljesült elvárás
    .description = A szerver nem tudja teljesíteni a kérés Expect fejlécében megadott elvárást.
    .advice = A böngészője olyan kérést küldött, amelyet ez a szerver nem tud kezelni. Kérjük, próbálja újra.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Teáskanna vagyok (nem használt)
    .description = Fenntartva: az RFC 2324 áprilisi tréfája annyira elterjedt, hogy a kód semmi másra nem használható.
    .advice = A szerver egy tréfás állapotkóddal utasította el a kérést.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Nyugalom
    .description = Nem hivatalos (a Twitter korai API-ja): a szerver korlátozza a kliens kéréseinek gyakoriságát. A szabványos szerverek helyette a 429-es kódot használják.
    .advice = Rövid idő alatt túl sok kérés érkezett. Várjon egy kicsit, majd próbálja újra.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Rosszul irányított kérés
    .description = A kérés olyan szerverhez érkezett, amely nincs beállítva arra, hogy az ehhez a sémához és gazdagéphez tartozó kérésekre válaszoljon; ez gyakran egy újrafelhasznált kapcsolat miatt fordul elő.
    .advice = Kérjük, próbálja újra. Ha a probléma továbbra is fennáll, indítsa újra a böngészőjét.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Feldolgozhatatlan tartalom
    .description = A kérés formailag helyes, de a szerver nem tudja feldolgozni a tartalmát, például érvényesítési hibák miatt.
    .advice = A megadott adatok egy része érvénytelen. Ellenőrizze őket, majd próbálja újra.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Zárolva
    .description = WebDAV: az erőforrás zárolva van, ezért ez a metódus nem alkalmazható rá.
    .advice = Ez a tartalom zárolva van, mert valaki más dolgozik rajta. Próbálja újra később.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Sikertelen függőség
    .description = WebDAV: a metódus nem futhatott le, mert egy másik művelet, amelytől függ, sikertelen volt.
    .advice = A kérését nem sikerült teljesíteni, mert egy kapcsolódó lépés meghiúsult. Kérjük, próbálja újra.
# 425 Too Early, RFC 8470.
http-425 = Túl korai
    .description = A szerver nem hajlandó feldolgozni olyan kérést, amely esetleg újrajátszható, például a TLS korai adataként küldött kérést.
    .advice = Kérjük, próbálja újra egy pillanat múlva.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Protokollváltás szükséges
    .description = A szerver a jelenlegi protokollon elutasítja a kérést; az Upgrade fejléc megnevezi, melyik protokollra kell váltani.
    .advice = A böngészőjének újabb kapcsolódási módra van szüksége. Telepítse a böngésző legújabb verzióját, majd próbálja újra.
# 428 Precondition Required, RFC 6585.
http-428 = Előfeltétel szükséges
    .description = A szerver megköveteli, hogy a kérés feltételes legyen, például If-Match fejléccel, hogy ne vesszenek el frissítések.
    .advice = Töltse be újra az oldalt, majd próbálja újra.
# 429 Too Many Requests, RFC 6585.
http-429 = Túl sok kérés
    .description = A kliens adott időn belül túl sok kérést küldött; a Retry-After fejléc megadhatja, mennyit kell várni.
    .advice = Túl sok kérést küldött. Várjon egy kicsit, majd próbálja újra.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Túl nagy fejlécmezők a kérésben
    .description = A szerver elutasítja a kérést, mert egy fejlécmező vagy az összes együtt túl nagy.
    .advice = Segíthet, ha a böngészőben törli a webhely sütijeit. Ezután próbálja újra.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Bejelentkezési időtúllépés
    .description = Nem hivatalos (Microsoft IIS): a kliens munkamenete lejárt, a felhasználónak újra be kell jelentkeznie.
    .advice = A munkamenete lejárt. Jelentkezzen be újra.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Nincs válasz
    .description = Nem hivatalos (az nginx belső kódja): a szerver válasz küldése nélkül lezárta a kapcsolatot. Csak a naplókban jelenik meg, a kliensek sosem kapják meg.
    .advice = A szerver válasz nélkül lezárta a kapcsolatot. Kérjük, próbálja újra később.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Újrapróbálás kiegészített adatokkal
    .description = Nem hivatalos (Microsoft IIS): a kérésből adatok hiányoztak; a kliensnek pótolnia kell őket, majd újra kell próbálkoznia.
    .advice = Néhány adat hiányzik. Kérjük, próbálja újra.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = A Windows szülői felügyelete letiltotta az oldalt
    .description = Nem hivatalos (Microsoft): a Windows szülői felügyelete letiltotta a hozzáférést a kért oldalhoz.
    .advice = A számítógép szülői felügyelete letiltotta ezt az oldalt.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Jogi okokból nem érhető el
    .description = A szerver jogi követelmény, például bírósági végzés miatt megtagadja a hozzáférést az erőforráshoz.
    .advice = Ez a tartalom jogi okokból nem érhető el az Ön számára.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Túl nagy kérésfejléc
    .description = Nem hivatalos (nginx): a kérés vagy annak valamelyik fejlécsora túl nagy; a 431-es kód elődje.
    .advice = Segíthet, ha a böngészőben törli a webhely sütijeit. Ezután próbálja újra.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL-tanúsítványhiba
    .description = Nem hivatalos (nginx): a TLS-alapú klienshitelesítéshez bemutatott klienstanúsítvány érvénytelen.
    .advice = A rendszer nem fogadta el a biztonsági tanúsítványát. Forduljon a webhely üzemeltetőjéhez.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = SSL-tanúsítvány szükséges
    .description = Nem hivatalos (nginx): a szerver TLS-klienstanúsítványt követel meg, de a kliens nem mutatott be ilyet.
    .advice = Ez a webhely biztonsági tanúsítványt kér az eszközéről. Forduljon a webhely üzemeltetőjéhez.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTP-kérés érkezett HTTPS-portra
    .description = Nem hivatalos (nginx): titkosítatlan HTTP-kérés érkezett egy olyan portra, amely HTTPS-kapcsolatot vár.
    .advice = Használjon https:// kezdetű címet, majd próbálja újra.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = A kliens megszakította a kérést
    .description = Nem hivatalos (nginx-naplók): a kliens lezárta a kapcsolatot, mielőtt a szerver elküldhette volna a válaszát.
    .advice = A kérés a befejezése előtt megszakadt. Kérjük, próbálja újra.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Belső szerverhiba
    .description = A szerver váratlan helyzetbe került, amely megakadályozta a kérés teljesítését.
    .advice = Hiba történt nálunk. Kérjük, próbálja újra később.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Nincs megvalósítva
    .description = A szerver nem támogatja a kérés teljesítéséhez szükséges funkciót, például egy ismeretlen kérésmetódust.
    .advice = Ez a funkció ezen a webhelyen nem érhető el.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Hibás átjáró
    .description = Egy átjáró vagy proxyszerver érvénytelen választ kapott a felsőbb szintű szervertől, amelyhez fordult.
    .advice = A webhely nem tudja elérni az egyik szerverét. Kérjük, próbálja újra néhány perc múlva.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = A szolgáltatás nem érhető el
    .description = A szerver túlterhelés vagy karbantartás miatt most nem tudja kezelni a kérést; a Retry-After fejléc megadhatja, mikor érdemes újrapróbálkozni.
    .advice = A webhely átmenetileg nem érhető el. Kérjük, próbálja újra később.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Átjáró-időtúllépés
    .description = Egy átjáró vagy proxyszerver nem kapott időben választ a felsőbb szintű szervertől.
    .advice = A webhely túl lassan válaszol. Kérjük, próbálja újra néhány perc múlva.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = A HTTP-verzió nem támogatott
    .description = A szerver nem támogatja a kérésben használt HTTP-főverziót.
    .advice = A böngészője olyan kapcsolódási módot használ, amelyet ez a szerver nem támogat. Telepítse a böngésző legújabb verzióját, majd próbálja újra.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = A változat is egyeztet
    .description = A szerveren hibásan van beállítva az átlátszó tartalomegyeztetés: a kiválasztott változat maga is egyeztetésre van beállítva.
    .advice = A webhely hibásan van beállítva. Kérjük, próbálja újra később.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Nincs elég tárhely
    .description = WebDAV: a szerver nem tudja eltárolni a kérés teljesítéséhez szükséges adatokat.
    .advice = A szerveren elfogyott a tárhely. Kérjük, próbálja újra később.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Hurok észlelve
    .description = WebDAV: a szerver leállította a műveletet, mert végtelen hurkot észlelt, például végtelen Depth értékű kötéseknél.
    .advice = A szerver hurokba került a kérése feldolgozása közben. Kérjük, próbálja újra később.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Sávszélességkorlát túllépve
    .description = Nem hivatalos (Apache- és cPanel-alapú tárhelyszolgáltatások): a webhely elhasználta a tárhelycsomagjában engedélyezett sávszélességet.
    .advice = A webhely túllépte a megengedett adatforgalmat. Kérjük, próbálja újra később.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Nincs kiterjesztve
    .description = Elavult: a kérés nem felelt meg a HTTP-bővítési keretrendszer (RFC 2774) bővítési szabályainak; ez a keretrendszer ma már csak történeti jelentőségű.
    .advice = A szerver nem tudta kezelni ezt a kérést. Kérjük, próbálja újra később.
# 511 Network Authentication Required, RFC 6585.
http-511 = Hálózati hitelesítés szükséges
    .description = A kliensnek hitelesítenie kell magát a hálózati hozzáféréshez, jellemzően egy hitelesítési portál bejelentkezési oldalán.
    .advice = Jelentkezzen be arra a hálózatra, amelyhez csatlakozik, például a Wi-Fi-hálózat bejelentkezési oldalán.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = A webszerver ismeretlen hibát adott vissza
    .description = Nem hivatalos (Cloudflare): a forrásszerver üres, ismeretlen vagy váratlan választ adott.
    .advice = A webhely szervere váratlan választ adott. Kérjük, próbálja újra néhány perc múlva.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = A webszerver nem működik
    .description = Nem hivatalos (Cloudflare): a forrásszerver elutasította a kapcsolatot.
    .advice = A webhely szervere jelenleg nem érhető el. Kérjük, próbálja újra később.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Kapcsolati időtúllépés
    .description = Nem hivatalos (Cloudflare): a forrásszerverrel létesített TCP-kapcsolat időtúllépés miatt megszakadt.
    .advice = A webhely szervere túl sokáig nem válaszolt. Kérjük, próbálja újra később.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = A forrásszerver nem érhető el
    .description = Nem hivatalos (Cloudflare): a Cloudflare nem érte el a forrásszervert, például DNS- vagy útválasztási probléma miatt.
    .advice = A webhely szervere jelenleg nem érhető el. Kérjük, próbálja újra később.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Időtúllépés
    .description = Nem hivatalos (Cloudflare): a kapcsolat a forrásszerverrel létrejött, de a szerver nem küldött időben HTTP-választ.
    .advice = A webhely szervere túl sokáig nem válaszolt. Kérjük, próbálja újra később.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Sikertelen SSL-kézfogás
    .description = Nem hivatalos (Cloudflare): a Cloudflare és a forrásszerver közötti TLS-kézfogás sikertelen volt.
    .advice = Nem sikerült biztonságos kapcsolatot létesíteni a webhely szerverével. Kérjük, próbálja újra később.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Érvénytelen SSL-tanúsítvány
    .description = Nem hivatalos (Cloudflare): a Cloudflare nem tudta érvényesíteni a forrásszerver TLS-tanúsítványát.
    .advice = A webhely biztonsági tanúsítványát nem sikerült ellenőrizni. Kérjük, próbálja újra később.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = A forrásszerver DNS-hibája
    .description = Nem hivatalos (Cloudflare): egy Cloudflare 1xxx hibával együtt érkezik, leggyakrabban akkor, ha a forrásszerver DNS-neve nem oldható fel.
    .advice = A webhely jelenleg nem érhető el. Kérjük, próbálja újra később.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Hálózati olvasási időtúllépés
    .description = Nem hivatalos (egyes proxyszerverek konvenciója): a válasz olvasása a felsőbb szintű szerverről időtúllépés miatt megszakadt.
    .advice = A webhely túl sokáig nem válaszolt. Kérjük, próbálja újra később.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Hálózati kapcsolódási időtúllépés
    .description = Nem hivatalos (egyes proxyszerverek konvenciója): a kapcsolódás a felsőbb szintű szerverhez időtúllépés miatt megszakadt.
    .advice = A webhelyet nem sikerült időben elérni. Kérjük, próbálja újra később.
