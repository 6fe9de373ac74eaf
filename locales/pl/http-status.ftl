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
http-unknown = Nieznany kod stanu
    .description = Podany kod nie jest prawidłowym kodem stanu HTTP; prawidłowe kody to liczby trzycyfrowe od 100 do 599.
    .advice = Wystąpił nieoczekiwany problem. Spróbuj ponownie później.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informacja
    .description = Odpowiedź tymczasowa: serwer otrzymał żądanie i nadal je przetwarza. Ostateczna odpowiedź zostanie wysłana później.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Sukces
    .description = Serwer otrzymał, zrozumiał i przyjął żądanie.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Przekierowanie
    .description = Aby dokończyć żądanie, klient musi wykonać dodatkową czynność – zwykle przejść pod inny adres wskazany w odpowiedzi.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Błąd klienta
    .description = Żądanie zawiera błąd lub nie może zostać zrealizowane w takiej postaci; klient nie powinien ponawiać go bez zmian.
    .advice = Sprawdź adres i wprowadzone dane, a następnie spróbuj ponownie.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Błąd serwera
    .description = Serwer nie zdołał zrealizować żądania, które wygląda na prawidłowe.
    .advice = Problem leży po naszej stronie. Spróbuj ponownie za kilka minut.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Kontynuuj
    .description = Serwer otrzymał nagłówki żądania, a klient może kontynuować wysyłanie treści żądania.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Zmiana protokołu
    .description = Serwer przyjmuje żądanie klienta z nagłówkiem Upgrade i przełącza się na protokół wskazany w odpowiedzi, na przykład WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Przetwarzanie
    .description = WebDAV: serwer przyjął żądanie i nadal je przetwarza, więc klient nie powinien przerywać oczekiwania z powodu przekroczenia limitu czasu.
# 103 Early Hints, RFC 8297.
http-103 = Wczesne wskazówki
    .description = Kod wysyłany przed ostateczną odpowiedzią, aby klient mógł zacząć wstępnie wczytywać zasoby wskazane w nagłówkach Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Obsługiwane wznawianie przesyłania
    .description = Serwer obsługuje wznawianie przesyłania plików i informuje klienta, w którym miejscu może wznowić przerwane przesyłanie. Ten kod jest zarejestrowany tylko tymczasowo.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Żądanie zakończyło się powodzeniem. Zawartość odpowiedzi zależy od metody żądania.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Utworzono
    .description = Żądanie zakończyło się powodzeniem i utworzyło co najmniej jeden nowy zasób, zwykle wskazany w nagłówku Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Zaakceptowano
    .description = Żądanie zostało przyjęte do przetworzenia, ale przetwarzanie jeszcze się nie zakończyło i wciąż może się nie powieść.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Informacja nieautorytatywna
    .description = Żądanie zakończyło się powodzeniem, ale przekształcający serwer proxy zmodyfikował treść wysłaną przez serwer źródłowy.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Brak treści
    .description = Żądanie zakończyło się powodzeniem, a w treści odpowiedzi nie ma nic do przesłania.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Zresetuj treść
    .description = Żądanie zakończyło się powodzeniem, a klient powinien zresetować formularz lub widok, z którego je wysłano, na przykład aby umożliwić wprowadzenie nowych danych.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Częściowa treść
    .description = Serwer przesyła tylko te części zasobu, o które klient poprosił w nagłówku Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Wiele stanów
    .description = WebDAV: treść odpowiedzi to dokument XML z osobnym stanem dla każdego z kilku zasobów.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Już zgłoszono
    .description = WebDAV: elementy tej kolekcji zostały już wymienione wcześniej w tej samej odpowiedzi i nie są powtarzane.
# 226 IM Used, RFC 3229.
http-226 = Użyto IM
    .description = Serwer zrealizował żądanie GET z kodowaniem różnicowym: odpowiedź jest wynikiem manipulacji instancji zastosowanych do bieżącego zasobu.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Wiele możliwości
    .description = Zasób jest dostępny w kilku reprezentacjach, a klient lub użytkownik może wybrać jedną z nich.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Trwale przeniesiono
    .description = Zasób ma nowy stały adres, podany w nagłówku Location; odnośniki należy zaktualizować, aby na niego wskazywały.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Znaleziono
    .description = Zasób znajduje się tymczasowo pod innym adresem, podanym w nagłówku Location. Podczas przekierowania klienci często zmieniają metodę POST na GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Zobacz inne
    .description = Klient powinien pobrać żądaniem GET inny zasób, wskazany w nagłówku Location, na przykład stronę z wynikiem po wysłaniu formularza.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Nie zmodyfikowano
    .description = Warunkowe żądanie GET lub HEAD wykazało, że zasób się nie zmienił, więc klient może użyć kopii z pamięci podręcznej.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Użyj serwera proxy
    .description = Wycofany: dawniej nakazywał klientowi ponowić żądanie przez serwer proxy. Ze względów bezpieczeństwa klienci już go nie respektują.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Przełącz serwer proxy (nieużywany)
    .description = Zarezerwowany: ten kod był używany we wcześniejszej wersji roboczej HTTP i nie jest już używany.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Tymczasowe przekierowanie
    .description = Zasób znajduje się tymczasowo pod innym adresem, a klient musi ponowić tam żądanie z tą samą metodą i treścią.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Trwałe przekierowanie
    .description = Zasób ma nowy stały adres, a klient musi ponowić tam żądanie z tą samą metodą i treścią.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Nieprawidłowe żądanie
    .description = Serwer nie może przetworzyć żądania z powodu błędu po stronie klienta, na przykład błędnej składni lub nieprawidłowej struktury komunikatu.
    .advice = Sprawdź adres lub wysłany formularz, a następnie spróbuj ponownie.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Brak autoryzacji
    .description = Żądanie nie zawiera prawidłowych danych uwierzytelniających; nagłówek WWW-Authenticate określa, jak się uwierzytelnić.
    .advice = Zaloguj się, a następnie spróbuj ponownie.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Wymagana płatność
    .description = Zarezerwowany do przyszłego użytku. Niektóre usługi wysyłają go, gdy wymagana jest płatność lub subskrypcja.
    .advice = Dostęp do tych treści może wymagać płatności lub subskrypcji.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Dostęp zabroniony
    .description = Serwer zrozumiał żądanie, ale odmawia jego realizacji; ponowne zalogowanie tego nie zmieni.
    .advice = Nie masz uprawnień do wyświetlenia tej strony.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Nie znaleziono
    .description = Serwer nie znalazł niczego pod tym adresem i nie może określić, czy kiedykolwiek coś się tam pojawi.
    .advice = Sprawdź, czy w adresie nie ma literówki, lub wróć na stronę główną.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Niedozwolona metoda
    .description = Zasób nie obsługuje metody żądania; nagłówek Allow wymienia metody, które obsługuje.
    .advice = Ta czynność nie jest tutaj dostępna. Wróć i spróbuj w inny sposób.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Nieakceptowalne
    .description = Serwer nie ma reprezentacji zasobu zgodnej z nagłówkami Accept żądania.
    .advice = Ta strona nie jest dostępna w formacie ani w języku, które akceptuje twoja przeglądarka.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Wymagane uwierzytelnienie na serwerze proxy
    .description = Podobnie jak przy kodzie 401, ale klient musi najpierw uwierzytelnić się na serwerze proxy w sposób opisany w nagłówku Proxy-Authenticate.
    .advice = Zaloguj się do serwera proxy swojej sieci, a następnie spróbuj ponownie.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Przekroczono limit czasu żądania
    .description = Serwer nie otrzymał kompletnego żądania w czasie, przez który był gotów czekać, i zamknął połączenie.
    .advice = Połączenie trwało zbyt długo. Spróbuj ponownie.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Konflikt
    .description = Żądanie jest sprzeczne z bieżącym stanem zasobu, na przykład gdy edycja opiera się na nieaktualnej wersji.
    .advice = Ktoś mógł w tym samym czasie zmienić te treści. Odśwież stronę i spróbuj ponownie.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Trwale usunięto
    .description = Zasób został celowo usunięty i nie zostanie przywrócony; odnośniki do niego należy usunąć.
    .advice = Ta strona została trwale usunięta.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Wymagana długość
    .description = Serwer odrzuca żądanie, które ma treść, ale nie ma nagłówka Content-Length.
    .advice = Twoja przeglądarka wysłała niekompletne żądanie. Spróbuj ponownie.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Niespełniony warunek wstępny
    .description = Warunek podany w nagłówkach żądania, na przykład If-Match lub If-Unmodified-Since, okazał się na serwerze fałszywy.
    .advice = Treść zmieniła się od chwili jej wczytania. Odśwież stronę i spróbuj ponownie.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Zbyt duża treść
    .description = Treść żądania jest większa, niż serwer chce lub może przetworzyć.
    .advice = Przesłane dane są zbyt duże. Spróbuj z mniejszym plikiem.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = Zbyt długi URI
    .description = Docelowy URI żądania jest dłuższy, niż serwer jest gotów zinterpretować.
    .advice = Adres jest zbyt długi. Sprawdź go lub zacznij od nowa od strony głównej.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Nieobsługiwany typ danych
    .description = Serwer nie obsługuje formatu treści żądania określonego w nagłówku Content-Type lub Content-Encoding.
    .advice = Ten typ pliku nie jest tu obsługiwany.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Zakres niemożliwy do spełnienia
    .description = Żaden z zakresów w nagłówku Range żądania nie pokrywa się z bieżącym rozmiarem zasobu.
    .advice = Żądana część pliku jest niedostępna. Spróbuj pobrać plik ponownie od początku.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Niespełnione oczekiwanie
    .description = Serwer nie może spełnić oczekiwania podanego w nagłówku Expect żądania.
    .advice = Twoja przeglądarka wysłała żądanie, którego ten serwer nie potrafi obsłużyć. Spróbuj ponownie.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Jestem czajnikiem (nieużywany)
    .description = Zarezerwowany: primaaprilisowy żart z RFC 2324, który rozpowszechnił się na tyle, że kodu nie można użyć do niczego innego.
    .advice = Serwer odrzucił to żądanie żartobliwym kodem stanu.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Spokojnie, bez pośpiechu
    .description = Kod nieoficjalny (wczesne API Twittera): klient przekroczył limit częstotliwości żądań. Standardowe serwery używają w tej sytuacji kodu 429.
    .advice = Wysłano zbyt wiele żądań w krótkim czasie. Odczekaj chwilę i spróbuj ponownie.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Błędnie skierowane żądanie
    .description = Żądanie trafiło do serwera, który nie jest skonfigurowany do udzielania odpowiedzi dla tego schematu i hosta, często przez ponownie użyte połączenie.
    .advice = Spróbuj ponownie. Jeśli problem się powtarza, uruchom ponownie przeglądarkę.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Treść niemożliwa do przetworzenia
    .description = Żądanie ma poprawną składnię, ale serwer nie może przetworzyć jego treści, na przykład z powodu błędów walidacji.
    .advice = Niektóre wprowadzone dane są nieprawidłowe. Sprawdź je i spróbuj ponownie.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Zablokowane
    .description = WebDAV: zasób jest zablokowany, więc nie można do niego zastosować tej metody.
    .advice = Te treści są zablokowane, ponieważ ktoś inny nad nimi pracuje. Spróbuj ponownie później.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Niespełniona zależność
    .description = WebDAV: nie można było wykonać metody, ponieważ nie powiodła się inna operacja, od której ona zależy.
    .advice = Nie udało się zrealizować twojego żądania, ponieważ powiązany krok zakończył się niepowodzeniem. Spróbuj ponownie.
# 425 Too Early, RFC 8470.
http-425 = Zbyt wcześnie
    .description = Serwer nie chce przetwarzać żądania, które mogłoby zostać powtórzone, na przykład wysłanego jako wczesne dane TLS.
    .advice = Spróbuj ponownie za chwilę.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Wymagane uaktualnienie
    .description = Serwer odrzuca żądanie przesłane bieżącym protokołem; nagłówek Upgrade wskazuje protokół, na który należy się przełączyć.
    .advice = Twoja przeglądarka musi użyć nowszego sposobu połączenia. Zaktualizuj przeglądarkę i spróbuj ponownie.
# 428 Precondition Required, RFC 6585.
http-428 = Wymagany warunek wstępny
    .description = Serwer wymaga, aby żądanie było warunkowe, na przykład z nagłówkiem If-Match, co zapobiega utracie aktualizacji.
    .advice = Odśwież stronę i spróbuj ponownie.
# 429 Too Many Requests, RFC 6585.
http-429 = Zbyt wiele żądań
    .description = Klient wysłał zbyt wiele żądań w określonym czasie; nagłówek Retry-After może wskazywać, jak długo należy odczekać.
    .advice = Wysłano zbyt wiele żądań. Odczekaj chwilę i spróbuj ponownie.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Zbyt duże pola nagłówka żądania
    .description = Serwer odrzuca żądanie, ponieważ jedno z pól nagłówka lub wszystkie łącznie są zbyt duże.
    .advice = Może pomóc usunięcie ciasteczek tej witryny w przeglądarce. Następnie spróbuj ponownie.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Przekroczono limit czasu logowania
    .description = Kod nieoficjalny (Microsoft IIS): sesja klienta wygasła i użytkownik musi zalogować się ponownie.
    .advice = Twoja sesja wygasła. Zaloguj się ponownie.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Brak odpowiedzi
    .description = Kod nieoficjalny (wewnętrznie w nginx): serwer zamknął połączenie bez wysyłania odpowiedzi. Kod pojawia się w dziennikach, nigdy nie trafia do klientów.
    .advice = Serwer zamknął połączenie bez odpowiedzi. Spróbuj ponownie później.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Ponów z brakującymi informacjami
    .description = Kod nieoficjalny (Microsoft IIS): w żądaniu brakowało informacji; żądanie należy ponowić, gdy klient je uzupełni.
    .advice = Brakuje niektórych informacji. Spróbuj ponownie.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Zablokowane przez kontrolę rodzicielską systemu Windows
    .description = Kod nieoficjalny (Microsoft): kontrola rodzicielska systemu Windows zablokowała dostęp do żądanej strony.
    .advice = Kontrola rodzicielska na tym komputerze zablokowała tę stronę.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Niedostępne z przyczyn prawnych
    .description = Serwer odmawia dostępu do zasobu z powodu wymogu prawnego, na przykład nakazu sądowego.
    .advice = Ze względów prawnych te treści są dla ciebie niedostępne.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Zbyt duży nagłówek żądania
    .description = Kod nieoficjalny (nginx): żądanie lub jeden z jego wierszy nagłówka jest zbyt duży; poprzednik kodu 431.
    .advice = Może pomóc usunięcie ciasteczek tej witryny w przeglądarce. Następnie spróbuj ponownie.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Błąd certyfikatu SSL
    .description = Kod nieoficjalny (nginx): certyfikat klienta przedstawiony przy uwierzytelnianiu klienta przez TLS jest nieprawidłowy.
    .advice = Twój certyfikat bezpieczeństwa nie został zaakceptowany. Skontaktuj się z administratorem witryny.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Wymagany certyfikat SSL
    .description = Kod nieoficjalny (nginx): serwer wymaga certyfikatu klienta TLS, a klient go nie przedstawił.
    .advice = Ta witryna wymaga certyfikatu bezpieczeństwa z twojego urządzenia. Skontaktuj się z administratorem witryny.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Żądanie HTTP wysłane na port HTTPS
    .description = Kod nieoficjalny (nginx): nieszyfrowane żądanie HTTP dotarło na port, który oczekuje połączeń HTTPS.
    .advice = Użyj adresu zaczynającego się od https:// i spróbuj ponownie.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Żądanie anulowane przez klienta
    .description = Kod nieoficjalny (dzienniki nginx): klient zamknął połączenie, zanim serwer zdążył wysłać odpowiedź.
    .advice = Żądanie zostało anulowane przed zakończeniem. Spróbuj ponownie.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Wewnętrzny błąd serwera
    .description = Serwer napotkał nieoczekiwany stan, który uniemożliwił mu zrealizowanie żądania.
    .advice = Coś poszło nie tak po naszej stronie. Spróbuj ponownie później.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Nie zaimplementowano
    .description = Serwer nie obsługuje funkcji potrzebnej do zrealizowania żądania, na przykład nieznanej metody żądania.
    .advice = Ta funkcja nie jest dostępna w tej witrynie.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Błędna brama
    .description = Brama lub serwer proxy otrzymał nieprawidłową odpowiedź od serwera nadrzędnego, z którym się połączył.
    .advice = Witryna ma problem z połączeniem z jednym ze swoich serwerów. Spróbuj ponownie za kilka minut.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Usługa niedostępna
    .description = Serwer nie może teraz obsłużyć żądania z powodu przeciążenia lub prac konserwacyjnych; nagłówek Retry-After może wskazywać, kiedy spróbować ponownie.
    .advice = Witryna jest tymczasowo niedostępna. Spróbuj ponownie później.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Przekroczono limit czasu bramy
    .description = Brama lub serwer proxy nie otrzymał na czas odpowiedzi od serwera nadrzędnego.
    .advice = Witryna zbyt długo nie odpowiada. Spróbuj ponownie za kilka minut.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Nieobsługiwana wersja HTTP
    .description = Serwer nie obsługuje głównej wersji protokołu HTTP użytej w żądaniu.
    .advice = Twoja przeglądarka używa sposobu połączenia, którego ten serwer nie obsługuje. Zaktualizuj przeglądarkę i spróbuj ponownie.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Wariant również negocjuje
    .description = Przezroczysta negocjacja treści jest błędnie skonfigurowana na serwerze: wybrany wariant sam jest skonfigurowany do negocjacji.
    .advice = Witryna jest nieprawidłowo skonfigurowana. Spróbuj ponownie później.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Niewystarczająca ilość miejsca
    .description = WebDAV: serwer nie może zapisać danych potrzebnych do zrealizowania żądania.
    .advice = Na serwerze zabrakło miejsca. Spróbuj ponownie później.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Wykryto pętlę
    .description = WebDAV: serwer przerwał operację, ponieważ wykrył nieskończoną pętlę, na przykład w powiązaniach przy wartości Depth równej nieskończoności.
    .advice = Podczas obsługi twojego żądania serwer natrafił na pętlę. Spróbuj ponownie później.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Przekroczono limit przepustowości
    .description = Kod nieoficjalny (hosting z Apache i cPanel): witryna wykorzystała limit przepustowości przewidziany w jej planie hostingowym.
    .advice = Ta witryna przekroczyła dozwolony limit transferu danych. Spróbuj ponownie później.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Nie rozszerzono
    .description = Przestarzały: żądanie nie spełniło zasad dotyczących rozszerzeń określonych w mechanizmie rozszerzeń HTTP (RFC 2774), który ma obecnie status historyczny.
    .advice = Serwer nie mógł obsłużyć tego żądania. Spróbuj ponownie później.
# 511 Network Authentication Required, RFC 6585.
http-511 = Wymagane uwierzytelnienie w sieci
    .description = Klient musi się uwierzytelnić, aby uzyskać dostęp do sieci, zwykle przez stronę logowania portalu przechwytującego.
    .advice = Zaloguj się do sieci, z którą masz połączenie, na przykład na jej stronie logowania Wi-Fi.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Serwer WWW zwrócił nieznany błąd
    .description = Kod nieoficjalny (Cloudflare): serwer źródłowy zwrócił pustą, nieznaną lub nieoczekiwaną odpowiedź.
    .advice = Serwer witryny odpowiedział w nieoczekiwany sposób. Spróbuj ponownie za kilka minut.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Serwer WWW nie działa
    .description = Kod nieoficjalny (Cloudflare): serwer źródłowy odrzucił połączenie.
    .advice = Serwer witryny jest w tej chwili nieosiągalny. Spróbuj ponownie później.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Przekroczono limit czasu połączenia
    .description = Kod nieoficjalny (Cloudflare): przekroczono limit czasu połączenia TCP z serwerem źródłowym.
    .advice = Serwer witryny zbyt długo nie odpowiadał. Spróbuj ponownie później.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Serwer źródłowy jest nieosiągalny
    .description = Kod nieoficjalny (Cloudflare): Cloudflare nie może połączyć się z serwerem źródłowym, na przykład z powodu problemu z DNS lub trasowaniem.
    .advice = Serwer witryny jest w tej chwili nieosiągalny. Spróbuj ponownie później.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Przekroczono limit czasu
    .description = Kod nieoficjalny (Cloudflare): połączenie z serwerem źródłowym zostało nawiązane, ale serwer nie wysłał na czas odpowiedzi HTTP.
    .advice = Serwer witryny zbyt długo nie odpowiadał. Spróbuj ponownie później.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Niepowodzenie uzgadniania SSL
    .description = Kod nieoficjalny (Cloudflare): uzgadnianie TLS między Cloudflare a serwerem źródłowym nie powiodło się.
    .advice = Nie udało się nawiązać bezpiecznego połączenia z serwerem witryny. Spróbuj ponownie później.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Nieprawidłowy certyfikat SSL
    .description = Kod nieoficjalny (Cloudflare): Cloudflare nie może zweryfikować certyfikatu TLS serwera źródłowego.
    .advice = Nie udało się zweryfikować certyfikatu bezpieczeństwa witryny. Spróbuj ponownie później.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Błąd DNS serwera źródłowego
    .description = Kod nieoficjalny (Cloudflare): wysyłany razem z błędem Cloudflare 1xxx, najczęściej gdy nie można rozwiązać nazwy DNS serwera źródłowego.
    .advice = Witryna jest w tej chwili nieosiągalna. Spróbuj ponownie później.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Przekroczono limit czasu odczytu z sieci
    .description = Kod nieoficjalny (konwencja niektórych serwerów proxy): przekroczono limit czasu odczytu odpowiedzi z serwera nadrzędnego.
    .advice = Witryna zbyt długo nie odpowiadała. Spróbuj ponownie później.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Przekroczono limit czasu łączenia z siecią
    .description = Kod nieoficjalny (konwencja niektórych serwerów proxy): przekroczono limit czasu nawiązywania połączenia z serwerem nadrzędnym.
    .advice = Nie udało się w porę połączyć z witryną. Spróbuj ponownie później.
