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
http-unknown = Neznámy stav
    .description = Stavový kód nie je platný stavový kód HTTP; platné kódy sú trojciferné čísla od 100 do 599.
    .advice = Stalo sa niečo neočakávané. Skúste to, prosím, znova neskôr.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informačná odpoveď
    .description = Predbežná odpoveď: server požiadavku prijal a stále ju spracúva. Konečná odpoveď bude nasledovať.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Úspech
    .description = Server požiadavku dostal, pochopil a prijal.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Presmerovanie
    .description = Na dokončenie požiadavky musí klient vykonať ďalší krok, zvyčajne nasledovať odkaz na inú adresu.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Chyba klienta
    .description = Požiadavka obsahuje chybu alebo ju v odoslanej podobe nemožno splniť; klient by ju nemal opakovať bez zmeny.
    .advice = Skontrolujte adresu a zadané údaje a potom to skúste znova.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Chyba servera
    .description = Server nedokázal splniť požiadavku, ktorá sa javí ako platná.
    .advice = Problém je na našej strane. Skúste to, prosím, znova o niekoľko minút.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Pokračovanie
    .description = Server prijal hlavičky požiadavky a klient môže pokračovať v odosielaní tela požiadavky.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Prepínanie protokolov
    .description = Server súhlasí s požiadavkou klienta v hlavičke Upgrade a prepína na protokol uvedený v odpovedi, napríklad WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Spracovanie
    .description = WebDAV: server požiadavku prijal a stále ju spracúva, preto by klient nemal ukončiť čakanie pre vypršanie časového limitu.
# 103 Early Hints, RFC 8297.
http-103 = Predbežné tipy
    .description = Odosiela sa pred konečnou odpoveďou, aby klient mohol začať vopred načítavať prostriedky uvedené v hlavičkách Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Podpora pokračovania v nahrávaní
    .description = Server podporuje nahrávanie s možnosťou pokračovania a oznamuje klientovi, odkiaľ môže v prerušenom nahrávaní pokračovať. Tento kód je zaregistrovaný len dočasne.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Požiadavka bola úspešná. Obsah odpovede závisí od metódy požiadavky.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Vytvorené
    .description = Požiadavka bola úspešná a vytvorila jeden alebo viac nových prostriedkov, ktoré zvyčajne identifikuje hlavička Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Prijaté
    .description = Požiadavka bola prijatá na spracovanie, spracovanie sa však ešte neskončilo a stále môže zlyhať.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Neautoritatívne informácie
    .description = Požiadavka bola úspešná, ale transformujúci server proxy upravil obsah, ktorý odoslal pôvodný server.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Žiadny obsah
    .description = Požiadavka bola úspešná a v tele odpovede nie je žiadny obsah na odoslanie.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Resetovanie obsahu
    .description = Požiadavka bola úspešná a klient by mal resetovať formulár alebo zobrazenie, z ktorého bola odoslaná, napríklad aby bolo možné zadať nové údaje.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Čiastočný obsah
    .description = Server odosiela len tie časti prostriedku, ktoré klient požadoval hlavičkou Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Viacnásobný stav
    .description = WebDAV: telo je dokument XML so samostatným stavom pre každý z viacerých prostriedkov.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Už oznámené
    .description = WebDAV: členy tejto kolekcie už boli uvedené skôr v tej istej odpovedi a znova sa neuvádzajú.
# 226 IM Used, RFC 3229.
http-226 = Použité IM
    .description = Server splnil požiadavku GET pomocou delta kódovania: odpoveď je výsledkom manipulácií inštancie použitých na aktuálny prostriedok.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Viacero možností
    .description = Prostriedok je k dispozícii vo viacerých reprezentáciách a klient alebo používateľ si môže jednu z nich vybrať.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Trvalo presunuté
    .description = Prostriedok má novú trvalú adresu uvedenú v hlavičke Location; odkazy by sa mali aktualizovať na túto adresu.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Nájdené
    .description = Prostriedok sa dočasne nachádza na inej adrese uvedenej v hlavičke Location. Klienti pri nasledovaní tohto presmerovania bežne menia metódu POST na GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Odkaz inam
    .description = Klient by mal požiadavkou GET získať iný prostriedok uvedený v hlavičke Location, napríklad stránku s výsledkom po odoslaní formulára.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Nezmenené
    .description = Podmienená požiadavka GET alebo HEAD zistila, že sa prostriedok nezmenil, takže klient môže použiť svoju kópiu z vyrovnávacej pamäte.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Použitie servera proxy
    .description = Zastarané: kód kedysi žiadal klienta, aby požiadavku zopakoval cez server proxy. Klienti ho z bezpečnostných dôvodov už nerešpektujú.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Prepnutie servera proxy (nepoužíva sa)
    .description = Rezervované: tento kód sa používal v staršom návrhu HTTP a už sa nepoužíva.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Dočasné presmerovanie
    .description = Prostriedok sa dočasne nachádza na inej adrese a klient musí požiadavku zopakovať na tejto adrese s rovnakou metódou a telom.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Trvalé presmerovanie
    .description = Prostriedok má novú trvalú adresu a klient musí požiadavku zopakovať na tejto adrese s rovnakou metódou a telom.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Chybná požiadavka
    .description = Server nemôže požiadavku spracovať pre chybu na strane klienta, napríklad nesprávnu syntax alebo neplatné rámcovanie správy.
    .advice = Skontrolujte adresu alebo odoslaný formulár a potom to skúste znova.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Neautorizované
    .description = Požiadavke chýbajú platné poverenia na overenie totožnosti; hlavička WWW-Authenticate uvádza, ako overenie vykonať.
    .advice = Prihláste sa a potom to skúste znova.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Vyžadovaná platba
    .description = Rezervované na budúce použitie. Niektoré služby tento kód odosielajú, keď je potrebná platba alebo predplatné.
    .advice = Tento obsah môže vyžadovať platbu alebo predplatné.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Zakázané
    .description = Server požiadavke porozumel, ale odmieta ju splniť; opätovné prihlásenie na tom nič nezmení.
    .advice = Nemáte povolenie na zobrazenie tejto stránky.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Nenájdené
    .description = Server na tejto adrese nič nenašiel a nevie povedať, či tam niekedy niečo bude.
    .advice = Skontrolujte, či v adrese nie je preklep, alebo sa vráťte na domovskú stránku.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Nepovolená metóda
    .description = Prostriedok nepodporuje metódu požiadavky; hlavička Allow uvádza metódy, ktoré podporuje.
    .advice = Táto akcia tu nie je k dispozícii. Vráťte sa späť a skúste to inak.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Neprijateľné
    .description = Server nemá žiadnu reprezentáciu prostriedku, ktorá by zodpovedala hlavičkám Accept požiadavky.
    .advice = Táto stránka nie je k dispozícii vo formáte ani jazyku, ktorý váš prehliadač prijíma.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Vyžadované overenie na serveri proxy
    .description = Podobne ako pri kóde 401, ale klient sa musí najprv overiť na serveri proxy, ako to popisuje hlavička Proxy-Authenticate.
    .advice = Prihláste sa na server proxy svojej siete a potom to skúste znova.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Vypršanie časového limitu požiadavky
    .description = Server nedostal úplnú požiadavku v čase, počas ktorého bol ochotný čakať, a ukončil pripojenie.
    .advice = Pripojenie trvalo príliš dlho. Skúste to, prosím, znova.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Konflikt
    .description = Požiadavka je v konflikte s aktuálnym stavom prostriedku, napríklad ide o úpravu založenú na zastaranej verzii.
    .advice = Tento obsah mohol niekto v rovnakom čase zmeniť. Znova načítajte stránku a skúste to ešte raz.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Odstránené
    .description = Prostriedok bol úmyselne odstránený a už sa nevráti; odkazy naň by sa mali vymazať.
    .advice = Táto stránka bola natrvalo odstránená.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Vyžadovaná dĺžka
    .description = Server odmieta požiadavku, ktorá má telo, ale nemá hlavičku Content-Length.
    .advice = Váš prehliadač odoslal neúplnú požiadavku. Skúste to, prosím, znova.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Nesplnená predbežná podmienka
    .description = Podmienka v hlavičkách požiadavky, napríklad If-Match alebo If-Unmodified-Since, sa na serveri vyhodnotila ako nepravdivá.
    .advice = Obsah sa od chvíle, keď ste ho načítali, zmenil. Znova načítajte stránku a skúste to ešte raz.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Príliš veľký obsah
    .description = Obsah požiadavky je väčší, než je server ochotný alebo schopný spracovať.
    .advice = To, čo ste odoslali, je príliš veľké. Skúste menší súbor.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = Príliš dlhý identifikátor URI
    .description = Cieľový identifikátor URI požiadavky je dlhší, než je server ochotný interpretovať.
    .advice = Adresa je príliš dlhá. Skontrolujte ju alebo začnite znova od domovskej stránky.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Nepodporovaný typ média
    .description = Server nepodporuje formát obsahu požiadavky uvedený v hlavičke Content-Type alebo Content-Encoding.
    .advice = Tento typ súboru tu nie je podporovaný.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Nesplniteľný rozsah
    .description = Žiadny z bajtových rozsahov v hlavičke Range požiadavky nespadá ani čiastočne do aktuálnej veľkosti prostriedku.
    .advice = Požadovaná časť súboru nie je k dispozícii. Skúste súbor stiahnuť znova od začiatku.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Nesplnené očakávanie
    .description = Server nedokáže splniť očakávanie uvedené v hlavičke Expect požiadavky.
    .advice = Váš prehliadač odoslal požiadavku, ktorú tento server nedokáže spracovať. Skúste to, prosím, znova.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Som čajník (nepoužíva sa)
    .description = Rezervované: aprílový žart z RFC 2324, ktorý sa rozšíril natoľko, že tento kód nemožno použiť na nič iné.
    .advice = Server odmietol túto požiadavku žartovným stavovým kódom.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Viac pokoja
    .description = Neoficiálny kód (rané API Twitteru): klientovi sa obmedzuje frekvencia požiadaviek. Štandardné servery namiesto neho používajú kód 429.
    .advice = Príliš veľa požiadaviek v krátkom čase. Chvíľu počkajte a potom to skúste znova.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Nesprávne nasmerovaná požiadavka
    .description = Požiadavka sa dostala na server, ktorý nie je nakonfigurovaný tak, aby odpovedal pre túto schému a autoritu (hostiteľa a port), často cez opätovne použité pripojenie.
    .advice = Skúste to, prosím, znova. Ak problém pretrváva, reštartujte prehliadač.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Nespracovateľný obsah
    .description = Požiadavka má správny formát, ale server nedokáže jej obsah spracovať, napríklad pre chyby pri overovaní platnosti.
    .advice = Niektoré zadané údaje nie sú platné. Skontrolujte ich a skúste to znova.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Uzamknuté
    .description = WebDAV: prostriedok je uzamknutý, takže naň nemožno použiť túto metódu.
    .advice = Tento obsah je uzamknutý, pretože na ňom pracuje niekto iný. Skúste to znova neskôr.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Zlyhanie závislosti
    .description = WebDAV: metódu nebolo možné vykonať, pretože zlyhala iná akcia, od ktorej závisí.
    .advice = Vašu požiadavku nebolo možné dokončiť, pretože zlyhal súvisiaci krok. Skúste to, prosím, znova.
# 425 Too Early, RFC 8470.
http-425 = Príliš skoro
    .description = Server nie je ochotný spracovať požiadavku, ktorú by bolo možné zopakovať (replay), napríklad požiadavku odoslanú ako včasné údaje TLS (early data).
    .advice = Skúste to, prosím, znova o chvíľu.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Vyžadovaná inovácia
    .description = Server odmieta požiadavku cez aktuálny protokol; hlavička Upgrade uvádza protokol, na ktorý treba prejsť.
    .advice = Váš prehliadač potrebuje novší spôsob pripojenia. Aktualizujte prehliadač a potom to skúste znova.
# 428 Precondition Required, RFC 6585.
http-428 = Vyžadovaná predbežná podmienka
    .description = Server vyžaduje podmienenú požiadavku, napríklad s hlavičkou If-Match, aby nedochádzalo k strate aktualizácií.
    .advice = Znova načítajte stránku a skúste to ešte raz.
# 429 Too Many Requests, RFC 6585.
http-429 = Príliš veľa požiadaviek
    .description = Klient odoslal za daný čas príliš veľa požiadaviek; hlavička Retry-After môže uvádzať, ako dlho treba čakať.
    .advice = Odoslali ste príliš veľa požiadaviek. Chvíľu počkajte a potom to skúste znova.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Príliš veľké polia hlavičky požiadavky
    .description = Server odmieta požiadavku, pretože jedno pole hlavičky alebo všetky spolu sú príliš veľké.
    .advice = Pomôcť môže vymazanie súborov cookie tohto webu vo vašom prehliadači. Potom to skúste znova.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Vypršanie časového limitu prihlásenia
    .description = Neoficiálny kód (Microsoft IIS): relácia klienta vypršala a používateľ sa musí znova prihlásiť.
    .advice = Vaša relácia vypršala. Prihláste sa znova.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Žiadna odpoveď
    .description = Neoficiálny kód (nginx, len interne): server ukončil pripojenie bez odoslania akejkoľvek odpovede. Kód sa zobrazuje v protokoloch, klientom nikdy.
    .advice = Server ukončil pripojenie bez odpovede. Skúste to, prosím, znova neskôr.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Opakovanie s údajmi
    .description = Neoficiálny kód (Microsoft IIS): požiadavke chýbali údaje a klient by ju mal po ich doplnení zopakovať.
    .advice = Niektoré údaje chýbajú. Skúste to, prosím, znova.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Zablokované rodičovskou kontrolou systému Windows
    .description = Neoficiálny kód (Microsoft): rodičovská kontrola systému Windows zablokovala prístup k požadovanej stránke.
    .advice = Rodičovská kontrola v tomto počítači zablokovala túto stránku.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Nedostupné z právnych dôvodov
    .description = Server odopiera prístup k prostriedku na základe právnej požiadavky, napríklad súdneho príkazu.
    .advice = Tento obsah vám z právnych dôvodov nie je k dispozícii.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Príliš veľká hlavička požiadavky
    .description = Neoficiálny kód (nginx): požiadavka alebo niektorý z jej riadkov hlavičky je príliš veľký; predchodca kódu 431.
    .advice = Pomôcť môže vymazanie súborov cookie tohto webu vo vašom prehliadači. Potom to skúste znova.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Chyba certifikátu SSL
    .description = Neoficiálny kód (nginx): certifikát klienta predložený na overenie klienta cez TLS je neplatný.
    .advice = Váš bezpečnostný certifikát nebol prijatý. Obráťte sa na správcu webu.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Vyžadovaný certifikát SSL
    .description = Neoficiálny kód (nginx): server vyžaduje certifikát klienta TLS a klient žiadny nepredložil.
    .advice = Tento web vyžaduje bezpečnostný certifikát z vášho zariadenia. Obráťte sa na správcu webu.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Požiadavka HTTP odoslaná na port HTTPS
    .description = Neoficiálny kód (nginx): požiadavka cez nešifrované HTTP prišla na port, ktorý očakáva HTTPS.
    .advice = Použite adresu, ktorá sa začína na https://, a skúste to znova.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Požiadavka zrušená klientom
    .description = Neoficiálny kód (protokoly nginx): klient ukončil pripojenie skôr, ako mohol server odoslať svoju odpoveď.
    .advice = Požiadavka bola zrušená pred dokončením. Skúste to, prosím, znova.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Interná chyba servera
    .description = Server narazil na neočakávaný stav, ktorý mu zabránil splniť požiadavku.
    .advice = Na našej strane sa vyskytla chyba. Skúste to, prosím, znova neskôr.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Neimplementované
    .description = Server nepodporuje funkciu potrebnú na splnenie požiadavky, napríklad neznámu metódu požiadavky.
    .advice = Táto funkcia nie je na tomto webe k dispozícii.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Chybná brána
    .description = Brána alebo server proxy dostali neplatnú odpoveď od nadradeného servera, na ktorý sa obrátili.
    .advice = Web má problém spojiť sa s jedným zo svojich serverov. Skúste to, prosím, znova o niekoľko minút.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Nedostupná služba
    .description = Server momentálne nemôže požiadavku spracovať pre preťaženie alebo údržbu; hlavička Retry-After môže uvádzať, kedy to skúsiť znova.
    .advice = Web je dočasne nedostupný. Skúste to, prosím, znova neskôr.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Vypršanie časového limitu brány
    .description = Brána alebo server proxy nedostali od nadradeného servera odpoveď včas.
    .advice = Odpoveď webu trvá príliš dlho. Skúste to, prosím, znova o niekoľko minút.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Nepodporovaná verzia HTTP
    .description = Server nepodporuje hlavnú verziu protokolu HTTP použitú v požiadavke.
    .advice = Váš prehliadač používa spôsob pripojenia, ktorý tento server nepodporuje. Aktualizujte prehliadač a potom to skúste znova.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Variant, ktorý tiež vyjednáva
    .description = Transparentné vyjednávanie obsahu je na serveri nesprávne nakonfigurované: vybraný variant je sám nastavený na vyjednávanie.
    .advice = Web je nesprávne nakonfigurovaný. Skúste to, prosím, znova neskôr.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Nedostatočné úložisko
    .description = WebDAV: server nemôže uložiť údaje potrebné na dokončenie požiadavky.
    .advice = Na serveri sa minulo miesto v úložisku. Skúste to, prosím, znova neskôr.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Zistená slučka
    .description = WebDAV: server zastavil operáciu, pretože narazil na nekonečnú slučku, napríklad vo väzbách s hodnotou Depth nastavenou na nekonečno.
    .advice = Server sa pri spracúvaní vašej požiadavky zacyklil. Skúste to, prosím, znova neskôr.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Prekročený limit šírky pásma
    .description = Neoficiálny kód (hosting s Apache a cPanel): web vyčerpal šírku pásma, ktorú mu povoľuje jeho hostingový plán.
    .advice = Tento web prekročil svoj limit prenosu údajov. Skúste to, prosím, znova neskôr.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Nerozšírené
    .description = Prekonané: požiadavka nespĺňala zásady rozšírení rámca HTTP Extension Framework, ktorý má dnes štatút historického dokumentu (Historic).
    .advice = Server nedokázal túto požiadavku spracovať. Skúste to, prosím, znova neskôr.
# 511 Network Authentication Required, RFC 6585.
http-511 = Vyžadované sieťové overenie
    .description = Klient sa musí overiť, aby získal prístup k sieti, zvyčajne cez prihlasovaciu stránku vstupného portálu siete (captive portal).
    .advice = Prihláste sa do siete, ku ktorej ste pripojení, napríklad na jej prihlasovacej stránke Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Neznáma chyba webového servera
    .description = Neoficiálny kód (Cloudflare): pôvodný server vrátil prázdnu, neznámu alebo neočakávanú odpoveď.
    .advice = Server webu odpovedal neočakávane. Skúste to, prosím, znova o niekoľko minút.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Webový server mimo prevádzky
    .description = Neoficiálny kód (Cloudflare): pôvodný server odmietol pripojenie.
    .advice = Server webu momentálne nie je dostupný. Skúste to, prosím, znova neskôr.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Vypršanie časového limitu pripojenia
    .description = Neoficiálny kód (Cloudflare): vypršal časový limit pripojenia TCP k pôvodnému serveru.
    .advice = Odpoveď servera webu trvala príliš dlho. Skúste to, prosím, znova neskôr.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Nedostupný pôvodný server
    .description = Neoficiálny kód (Cloudflare): Cloudflare sa k pôvodnému serveru nedokázal dostať, napríklad pre problém s DNS alebo smerovaním.
    .advice = Server webu momentálne nie je dostupný. Skúste to, prosím, znova neskôr.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Vypršanie časového limitu
    .description = Neoficiálny kód (Cloudflare): pripojenie k pôvodnému serveru sa podarilo, ale server neodoslal odpoveď HTTP včas.
    .advice = Odpoveď servera webu trvala príliš dlho. Skúste to, prosím, znova neskôr.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Zlyhanie nadviazania spojenia SSL
    .description = Neoficiálny kód (Cloudflare): nadviazanie spojenia TLS (handshake) medzi Cloudflare a pôvodným serverom zlyhalo.
    .advice = Nepodarilo sa vytvoriť zabezpečené pripojenie k serveru webu. Skúste to, prosím, znova neskôr.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Neplatný certifikát SSL
    .description = Neoficiálny kód (Cloudflare): Cloudflare nedokázal overiť platnosť certifikátu TLS pôvodného servera.
    .advice = Bezpečnostný certifikát webu sa nepodarilo overiť. Skúste to, prosím, znova neskôr.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Chyba DNS pôvodného servera
    .description = Neoficiálny kód (Cloudflare): odosiela sa spolu s chybou Cloudflare 1xxx, najčastejšie vtedy, keď nemožno preložiť názov DNS pôvodného servera.
    .advice = Web momentálne nie je dostupný. Skúste to, prosím, znova neskôr.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Chyba vypršania časového limitu čítania zo siete
    .description = Neoficiálny kód (konvencia niektorých serverov proxy): vypršal časový limit čítania odpovede z nadradeného servera.
    .advice = Odpoveď webu trvala príliš dlho. Skúste to, prosím, znova neskôr.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Chyba vypršania časového limitu pripojenia k sieti
    .description = Neoficiálny kód (konvencia niektorých serverov proxy): vypršal časový limit pripojenia k nadradenému serveru.
    .advice = K webu sa nepodarilo včas pripojiť. Skúste to, prosím, znova neskôr.
