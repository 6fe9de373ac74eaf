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
http-unknown = Neznámý stavový kód
    .description = Kód není platným stavovým kódem HTTP; platné kódy jsou trojmístná čísla od 100 do 599.
    .advice = Došlo k neočekávané chybě. Zkuste to prosím později.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informační odpověď
    .description = Předběžná odpověď: server požadavek obdržel a dosud na něm pracuje. Konečná odpověď bude následovat.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Úspěch
    .description = Server požadavek obdržel, porozuměl mu a přijal ho.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Přesměrování
    .description = K dokončení požadavku musí klient provést další krok, obvykle přejít na jinou adresu.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Chyba klienta
    .description = Požadavek obsahuje chybu nebo ho v této podobě nelze vyřídit; klient by ho neměl opakovat beze změny.
    .advice = Zkontrolujte adresu a zadané údaje a zkuste to znovu.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Chyba serveru
    .description = Server nedokázal vyřídit požadavek, který se zdá být platný.
    .advice = Problém je na naší straně. Zkuste to prosím znovu za několik minut.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Pokračujte
    .description = Server přijal hlavičky požadavku a klient může pokračovat v odesílání těla požadavku.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Přepínání protokolů
    .description = Server vyhovuje požadavku klienta s hlavičkou Upgrade a přepíná na protokol uvedený v odpovědi, například WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Zpracovává se
    .description = WebDAV: server požadavek přijal a stále ho zpracovává, takže klient nemá ukončovat čekání kvůli vypršení časového limitu.
# 103 Early Hints, RFC 8297.
http-103 = Včasné nápovědy
    .description = Odesílá se před konečnou odpovědí, aby klient mohl začít předem načítat zdroje uvedené v hlavičkách Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Obnovení nahrávání podporováno
    .description = Server podporuje obnovitelné nahrávání a sděluje klientovi, kde může přerušené nahrávání obnovit. Tento kód je registrován pouze dočasně.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Požadavek byl úspěšný. Obsah odpovědi závisí na metodě požadavku.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Vytvořeno
    .description = Požadavek byl úspěšný a vytvořil jeden nebo více nových zdrojů, obvykle určených hlavičkou Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Přijato
    .description = Požadavek byl přijat ke zpracování, ale zpracování ještě neskončilo a může i selhat.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Neautoritativní informace
    .description = Požadavek byl úspěšný, ale transformující proxy server upravil obsah, který odeslal původní server.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Bez obsahu
    .description = Požadavek byl úspěšný a v těle odpovědi není žádný obsah k odeslání.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Resetovat obsah
    .description = Požadavek byl úspěšný a klient by měl resetovat formulář nebo zobrazení, ze kterého byl odeslán, například aby bylo možné zadat nové údaje.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Částečný obsah
    .description = Server posílá jen ty části zdroje, o které klient požádal hlavičkou Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Více stavů
    .description = WebDAV: tělo je dokument XML se samostatným stavem pro každý z několika zdrojů.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Již oznámeno
    .description = WebDAV: položky této kolekce již byly vypsány dříve ve stejné odpovědi a znovu se neuvádějí.
# 226 IM Used, RFC 3229.
http-226 = Použito IM
    .description = Server vyřídil požadavek GET pomocí rozdílového kódování: odpověď je výsledkem manipulací s instancí aplikovaných na aktuální zdroj.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Více možností
    .description = Zdroj je k dispozici v několika reprezentacích a klient nebo uživatel si může jednu z nich vybrat.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Trvale přesunuto
    .description = Zdroj má novou trvalou adresu uvedenou v hlavičce Location; odkazy by se měly aktualizovat, aby na ni vedly.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Nalezeno
    .description = Zdroj je dočasně na jiné adrese uvedené v hlavičce Location. Klienti při následování přesměrování běžně mění metodu POST na GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Viz jiné
    .description = Klient by měl požadavkem GET načíst jiný zdroj uvedený v hlavičce Location, například stránku s výsledkem po odeslání formuláře.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Nezměněno
    .description = Podmíněný požadavek GET nebo HEAD zjistil, že se zdroj nezměnil, takže klient může použít kopii z mezipaměti.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Použijte proxy server
    .description = Zastaralý: dříve žádal klienta, aby požadavek zopakoval přes proxy server. Klienti se jím z bezpečnostních důvodů už neřídí.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Přepnout proxy server (nepoužívá se)
    .description = Rezervovaný: tento kód se používal v dřívějším návrhu HTTP a už se nepoužívá.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Dočasné přesměrování
    .description = Zdroj je dočasně na jiné adrese a klient tam musí požadavek zopakovat se stejnou metodou a tělem.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Trvalé přesměrování
    .description = Zdroj má novou trvalou adresu a klient tam musí požadavek zopakovat se stejnou metodou a tělem.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Chybný požadavek
    .description = Server nemůže požadavek zpracovat kvůli chybě klienta, například chybné syntaxi nebo neplatnému rámcování zprávy.
    .advice = Zkontrolujte adresu nebo odeslaný formulář a zkuste to znovu.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Neautorizováno
    .description = Požadavek neobsahuje platné ověřovací údaje; hlavička WWW-Authenticate uvádí, jak se ověřit.
    .advice = Přihlaste se a zkuste to znovu.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Vyžadována platba
    .description = Rezervovaný pro budoucí použití. Některé služby ho posílají, když je vyžadována platba nebo předplatné.
    .advice = Tento obsah může vyžadovat platbu nebo předplatné.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Přístup zakázán
    .description = Server požadavku porozuměl, ale odmítá ho vyřídit; opětovné přihlášení na tom nic nezmění.
    .advice = Nemáte oprávnění k zobrazení této stránky.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Nenalezeno
    .description = Server na této adrese nic nenašel a nedokáže říct, zda tam někdy něco bude.
    .advice = Zkontrolujte, zda adresa neobsahuje překlep, nebo se vraťte na domovskou stránku.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Metoda není povolena
    .description = Zdroj nepodporuje metodu požadavku; hlavička Allow uvádí metody, které podporuje.
    .advice = Tato akce zde není dostupná. Vraťte se zpět a zkuste to jinak.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Nepřijatelné
    .description = Server nemá žádnou reprezentaci zdroje, která by odpovídala hlavičkám Accept v požadavku.
    .advice = Tato stránka není dostupná ve formátu ani jazyce, který váš prohlížeč přijímá.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Vyžadováno ověření na proxy serveru
    .description = Podobné jako 401, ale klient se musí nejprve ověřit u proxy serveru, jak popisuje hlavička Proxy-Authenticate.
    .advice = Přihlaste se k proxy serveru vaší sítě a zkuste to znovu.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Vypršel časový limit požadavku
    .description = Server neobdržel úplný požadavek v době, po kterou byl ochoten čekat, a ukončil připojení.
    .advice = Připojení trvalo příliš dlouho. Zkuste to prosím znovu.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Konflikt
    .description = Požadavek je v konfliktu s aktuálním stavem zdroje, například jde o úpravu založenou na zastaralé verzi.
    .advice = Tento obsah mohl ve stejnou chvíli změnit někdo jiný. Načtěte stránku znovu a zkuste to ještě jednou.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Trvale odstraněno
    .description = Zdroj byl úmyslně odstraněn a už se nevrátí; odkazy na něj by se měly smazat.
    .advice = Tato stránka byla trvale odstraněna.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Vyžadována délka
    .description = Server odmítá požadavek, který má tělo, ale nemá hlavičku Content-Length.
    .advice = Váš prohlížeč odeslal neúplný požadavek. Zkuste to prosím znovu.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Podmínka nesplněna
    .description = Podmínka v hlavičkách požadavku, například If-Match nebo If-Unmodified-Since, se na serveru vyhodnotila jako nepravdivá.
    .advice = Obsah se od načtení změnil. Načtěte stránku znovu a zkuste to ještě jednou.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Obsah je příliš velký
    .description = Obsah požadavku je větší, než je server ochoten nebo schopen zpracovat.
    .advice = Odeslaná data jsou příliš velká. Zkuste menší soubor.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI je příliš dlouhé
    .description = Cílové URI požadavku je delší, než je server ochoten interpretovat.
    .advice = Adresa je příliš dlouhá. Zkontrolujte ji nebo začněte znovu od domovské stránky.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Nepodporovaný typ média
    .description = Server nepodporuje formát obsahu požadavku uvedený v hlavičce Content-Type nebo Content-Encoding.
    .advice = Tento typ souboru zde není podporován.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Nesplnitelný rozsah
    .description = Žádný z rozsahů v hlavičce Range požadavku se nepřekrývá s aktuální velikostí zdroje.
    .advice = Požadovaná část souboru není k dispozici. Zkuste soubor stáhnout znovu od začátku.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Očekávání nesplněno
    .description = Server nedokáže splnit očekávání uvedené v hlavičce Expect požadavku.
    .advice = Váš prohlížeč odeslal požadavek, který tento server neumí zpracovat. Zkuste to prosím znovu.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Jsem čajová konvice (nepoužívá se)
    .description = Rezervovaný: aprílový žert z RFC 2324, který se rozšířil natolik, že kód nelze použít k ničemu jinému.
    .advice = Server tento požadavek odmítl žertovným stavovým kódem.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Zklidněte se
    .description = Neoficiální (rané API Twitteru): klient překročil povolenou četnost požadavků. Standardní servery místo tohoto kódu používají 429.
    .advice = Během krátké doby bylo odesláno příliš mnoho požadavků. Chvíli počkejte a zkuste to znovu.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Chybně směrovaný požadavek
    .description = Požadavek dorazil na server, který není nakonfigurován tak, aby odpovídal pro toto schéma a tohoto hostitele, často kvůli znovu použitému připojení.
    .advice = Zkuste to prosím znovu. Pokud problém přetrvává, restartujte prohlížeč.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Nezpracovatelný obsah
    .description = Požadavek je správně utvořený, ale server nemůže zpracovat jeho obsah, například kvůli chybám při validaci.
    .advice = Některé zadané údaje nejsou platné. Zkontrolujte je a zkuste to znovu.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Uzamčeno
    .description = WebDAV: zdroj je uzamčen, takže na něj nelze tuto metodu použít.
    .advice = Tento obsah je uzamčen, protože na něm pracuje někdo jiný. Zkuste to později.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Selhala závislost
    .description = WebDAV: metodu nebylo možné provést, protože selhala jiná akce, na které závisí.
    .advice = Váš požadavek nebylo možné dokončit, protože selhal související krok. Zkuste to prosím znovu.
# 425 Too Early, RFC 8470.
http-425 = Příliš brzy
    .description = Server odmítá zpracovat požadavek, který by mohl být zopakován, například požadavek odeslaný jako časná data TLS.
    .advice = Zkuste to prosím znovu za chvíli.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Vyžadováno přepnutí protokolu
    .description = Server odmítá požadavek přes aktuální protokol; hlavička Upgrade uvádí protokol, na který je třeba přejít.
    .advice = Váš prohlížeč potřebuje novější způsob připojení. Aktualizujte prohlížeč a zkuste to znovu.
# 428 Precondition Required, RFC 6585.
http-428 = Vyžadována podmínka
    .description = Server vyžaduje, aby byl požadavek podmíněný, například s hlavičkou If-Match, aby se zabránilo ztrátě aktualizací.
    .advice = Načtěte stránku znovu a zkuste to ještě jednou.
# 429 Too Many Requests, RFC 6585.
http-429 = Příliš mnoho požadavků
    .description = Klient odeslal v daném čase příliš mnoho požadavků; hlavička Retry-After může uvádět, jak dlouho čekat.
    .advice = Odeslali jste příliš mnoho požadavků. Chvíli počkejte a zkuste to znovu.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Pole hlavičky požadavku jsou příliš velká
    .description = Server odmítá požadavek, protože jedno pole hlavičky nebo všechna dohromady jsou příliš velká.
    .advice = Může pomoci, když v prohlížeči vymažete soubory cookie tohoto webu. Potom to zkuste znovu.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Vypršel časový limit přihlášení
    .description = Neoficiální (Microsoft IIS): relace klienta vypršela a uživatel se musí znovu přihlásit.
    .advice = Vaše relace vypršela. Přihlaste se znovu.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Bez odpovědi
    .description = Neoficiální (interně v nginx): server ukončil připojení, aniž odeslal odpověď. Kód se objevuje jen v protokolech serveru, klienti ho nikdy nedostanou.
    .advice = Server ukončil připojení bez odpovědi. Zkuste to prosím později.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Opakujte s doplněnými údaji
    .description = Neoficiální (Microsoft IIS): v požadavku chyběly údaje; požadavek by se měl zopakovat poté, co je klient doplní.
    .advice = Některé údaje chybí. Zkuste to prosím znovu.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Zablokováno rodičovskou kontrolou systému Windows
    .description = Neoficiální (Microsoft): rodičovská kontrola systému Windows zablokovala přístup k požadované stránce.
    .advice = Rodičovská kontrola na tomto počítači tuto stránku zablokovala.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Nedostupné z právních důvodů
    .description = Server odepírá přístup ke zdroji kvůli právnímu požadavku, například soudnímu příkazu.
    .advice = Tento obsah pro vás není z právních důvodů dostupný.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Hlavička požadavku je příliš velká
    .description = Neoficiální (nginx): požadavek nebo některý z jeho řádků hlavičky je příliš velký; předchůdce kódu 431.
    .advice = Může pomoci, když v prohlížeči vymažete soubory cookie tohoto webu. Potom to zkuste znovu.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Chyba certifikátu SSL
    .description = Neoficiální (nginx): klientský certifikát předložený při ověřování klienta přes TLS je neplatný.
    .advice = Váš bezpečnostní certifikát nebyl přijat. Obraťte se na správce webu.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Vyžadován certifikát SSL
    .description = Neoficiální (nginx): server vyžaduje klientský certifikát TLS, ale klient žádný nepředložil.
    .advice = Tento web vyžaduje bezpečnostní certifikát z vašeho zařízení. Obraťte se na správce webu.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Požadavek HTTP odeslán na port HTTPS
    .description = Neoficiální (nginx): na port, který očekává HTTPS, dorazil nešifrovaný požadavek HTTP.
    .advice = Použijte adresu začínající na https:// a zkuste to znovu.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Klient zrušil požadavek
    .description = Neoficiální (protokoly nginx): klient ukončil připojení dříve, než server stihl odeslat odpověď.
    .advice = Požadavek byl zrušen před dokončením. Zkuste to prosím znovu.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Vnitřní chyba serveru
    .description = Server narazil na neočekávaný stav, který mu zabránil požadavek vyřídit.
    .advice = Na naší straně se něco pokazilo. Zkuste to prosím později.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Neimplementováno
    .description = Server nepodporuje funkci potřebnou k vyřízení požadavku, například neznámou metodu požadavku.
    .advice = Tato funkce není na tomto webu k dispozici.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Chybná brána
    .description = Brána nebo proxy server obdržel neplatnou odpověď od nadřazeného serveru, na který se obrátil.
    .advice = Web má potíže s připojením k jednomu ze svých serverů. Zkuste to prosím znovu za několik minut.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Služba je nedostupná
    .description = Server teď nemůže požadavek zpracovat kvůli přetížení nebo údržbě; hlavička Retry-After může uvádět, kdy to zkusit znovu.
    .advice = Web je dočasně nedostupný. Zkuste to prosím později.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Vypršel časový limit brány
    .description = Brána nebo proxy server neobdržel včas odpověď od nadřazeného serveru.
    .advice = Web odpovídá příliš dlouho. Zkuste to prosím znovu za několik minut.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Verze HTTP není podporována
    .description = Server nepodporuje hlavní verzi HTTP použitou v požadavku.
    .advice = Váš prohlížeč používá způsob připojení, který tento server nepodporuje. Aktualizujte prohlížeč a zkuste to znovu.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Varianta také vyjednává
    .description = Transparentní vyjednávání obsahu je na serveru chybně nakonfigurováno: zvolená varianta je sama nastavena k vyjednávání.
    .advice = Web je chybně nastaven. Zkuste to prosím později.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Nedostatek úložného prostoru
    .description = WebDAV: server nemůže uložit data potřebná k dokončení požadavku.
    .advice = Na serveru došlo úložné místo. Zkuste to prosím později.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Zjištěna smyčka
    .description = WebDAV: server operaci zastavil, protože zjistil nekonečnou smyčku, například u vazeb s hodnotou Depth rovnou nekonečnu.
    .advice = Server při zpracování vašeho požadavku uvízl ve smyčce. Zkuste to prosím později.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Překročen limit šířky pásma
    .description = Neoficiální (webhosting s Apache a cPanel): web vyčerpal přenosové pásmo, které mu povoluje jeho hostingový tarif.
    .advice = Tento web překročil povolený objem přenesených dat. Zkuste to prosím později.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Nerozšířeno
    .description = Zastaralý: požadavek nesplnil zásady rozšíření podle rámce rozšíření HTTP (RFC 2774), který má nyní status historického dokumentu.
    .advice = Server nemohl tento požadavek zpracovat. Zkuste to prosím později.
# 511 Network Authentication Required, RFC 6585.
http-511 = Vyžadováno ověření v síti
    .description = Klient se musí ověřit, aby získal přístup k síti, obvykle přes přihlašovací stránku vstupního portálu.
    .advice = Přihlaste se k síti, ke které jste připojeni, například na její přihlašovací stránce Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Webový server vrátil neznámou chybu
    .description = Neoficiální (Cloudflare): původní server vrátil prázdnou, neznámou nebo neočekávanou odpověď.
    .advice = Server webu odpověděl neočekávaně. Zkuste to prosím znovu za několik minut.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Webový server nefunguje
    .description = Neoficiální (Cloudflare): původní server odmítl připojení.
    .advice = Server webu je momentálně nedostupný. Zkuste to prosím později.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Vypršel časový limit připojení
    .description = Neoficiální (Cloudflare): vypršel časový limit připojení TCP k původnímu serveru.
    .advice = Server webu odpovídal příliš dlouho. Zkuste to prosím později.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Původní server je nedosažitelný
    .description = Neoficiální (Cloudflare): služba Cloudflare se nemohla spojit s původním serverem, například kvůli problému s DNS nebo se směrováním.
    .advice = Server webu je momentálně nedostupný. Zkuste to prosím později.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Vypršel časový limit
    .description = Neoficiální (Cloudflare): připojení k původnímu serveru se podařilo navázat, ale server včas neodeslal odpověď HTTP.
    .advice = Server webu odpovídal příliš dlouho. Zkuste to prosím později.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Selhalo navázání spojení SSL
    .description = Neoficiální (Cloudflare): selhalo úvodní navázání spojení TLS mezi službou Cloudflare a původním serverem.
    .advice = Nepodařilo se navázat zabezpečené připojení k serveru webu. Zkuste to prosím později.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Neplatný certifikát SSL
    .description = Neoficiální (Cloudflare): služba Cloudflare nedokázala ověřit certifikát TLS původního serveru.
    .advice = Bezpečnostní certifikát webu se nepodařilo ověřit. Zkuste to prosím později.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Chyba DNS původního serveru
    .description = Neoficiální (Cloudflare): odesílá se spolu s chybou Cloudflare 1xxx, nejčastěji když nelze přeložit název DNS původního serveru.
    .advice = Web je momentálně nedostupný. Zkuste to prosím později.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Vypršel časový limit čtení ze sítě
    .description = Neoficiální (konvence některých proxy serverů): vypršel časový limit čtení odpovědi z nadřazeného serveru.
    .advice = Web odpovídal příliš dlouho. Zkuste to prosím později.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Vypršel časový limit připojení k síti
    .description = Neoficiální (konvence některých proxy serverů): vypršel časový limit navazování připojení k nadřazenému serveru.
    .advice = K webu se nepodařilo včas připojit. Zkuste to prosím později.
