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
http-unknown = Status Tidak Diketahui
    .description = Kod status ini bukan kod status HTTP yang sah; kod yang sah ialah nombor tiga digit dari 100 hingga 599.
    .advice = Sesuatu yang tidak dijangka telah berlaku. Sila cuba lagi kemudian.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Maklumat
    .description = Respons interim: pelayan telah menerima permintaan dan masih memprosesnya. Respons akhir akan menyusul.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Permintaan Berjaya
    .description = Pelayan telah mendapat, memahami dan menerima permintaan itu.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Ubah Hala
    .description = Klien perlu mengambil tindakan selanjutnya, biasanya mengikuti pautan ke alamat lain, untuk melengkapkan permintaan.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Ralat Klien
    .description = Permintaan mengandungi ralat atau tidak dapat dipenuhi sebagaimana ia dihantar; klien tidak sepatutnya mengulanginya tanpa perubahan.
    .advice = Semak alamat dan maklumat yang anda masukkan, kemudian cuba lagi.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Ralat Pelayan
    .description = Pelayan gagal memenuhi permintaan yang kelihatan sah.
    .advice = Masalah ini berpunca daripada pihak kami. Sila cuba lagi dalam beberapa minit.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Permintaan Boleh Diteruskan
    .description = Pelayan telah menerima pengepala permintaan dan klien boleh terus menghantar badan permintaan.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Pertukaran Protokol
    .description = Pelayan bersetuju dengan permintaan Upgrade daripada klien dan bertukar kepada protokol yang dinamakan dalam respons, contohnya WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Pemprosesan
    .description = WebDAV: pelayan telah menerima permintaan dan masih memprosesnya, jadi klien tidak sepatutnya berhenti menunggu akibat tamat masa.
# 103 Early Hints, RFC 8297.
http-103 = Petunjuk Awal
    .description = Dihantar sebelum respons akhir supaya klien boleh mula pramuat sumber yang dinamakan dalam pengepala Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Muat Naik Boleh Disambung Semula
    .description = Pelayan menyokong muat naik yang boleh disambung semula dan memberitahu klien tempat ia boleh menyambung semula muat naik yang terganggu. Kod ini hanya didaftarkan secara sementara.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Permintaan berjaya. Apa yang terkandung dalam respons bergantung pada kaedah permintaan.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Sumber Dicipta
    .description = Permintaan berjaya dan telah mencipta satu atau lebih sumber baharu, yang biasanya dikenal pasti oleh pengepala Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Permintaan Diterima
    .description = Permintaan telah diterima untuk diproses, tetapi pemprosesan belum selesai dan masih mungkin gagal.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Maklumat Tidak Berautoriti
    .description = Permintaan berjaya, tetapi proksi pengubah telah mengubah suai kandungan yang dihantar oleh pelayan asal.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Tiada Kandungan
    .description = Permintaan berjaya dan tiada kandungan untuk dihantar dalam badan respons.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Penetapan Semula Kandungan
    .description = Permintaan berjaya dan klien sepatutnya menetapkan semula borang atau paparan yang menghantarnya, contohnya untuk membolehkan input baharu.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Kandungan Separa
    .description = Pelayan hanya menghantar bahagian sumber yang diminta oleh klien melalui pengepala Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Pelbagai Status
    .description = WebDAV: badan respons ialah dokumen XML dengan status berasingan bagi setiap satu daripada beberapa sumber.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Ahli Telah Dilaporkan
    .description = WebDAV: ahli koleksi ini telah pun disenaraikan lebih awal dalam respons yang sama dan tidak diulang.
# 226 IM Used, RFC 3229.
http-226 = IM Digunakan
    .description = Pelayan telah memenuhi permintaan GET dengan pengekodan delta: respons ialah hasil manipulasi tika yang dikenakan pada sumber semasa.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Pelbagai Pilihan
    .description = Sumber tersedia dalam beberapa perwakilan dan klien, atau pengguna, boleh memilih salah satu daripadanya.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Sumber Dipindahkan Secara Kekal
    .description = Sumber mempunyai alamat kekal baharu yang diberikan dalam pengepala Location; pautan sepatutnya dikemas kini kepada alamat tersebut.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Sumber Ditemui
    .description = Sumber berada di alamat lain buat sementara waktu, yang diberikan dalam pengepala Location. Klien lazimnya menukar POST kepada GET apabila mengikutinya.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Sumber Lain untuk Dilihat
    .description = Klien sepatutnya mendapatkan sumber lain, yang dinamakan dalam pengepala Location, dengan permintaan GET, contohnya halaman hasil selepas borang diserahkan.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Sumber Tidak Diubah Suai
    .description = Permintaan GET atau HEAD bersyarat mendapati sumber tidak berubah, jadi klien boleh menggunakan salinan yang disimpan dalam cache.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Proksi Perlu Digunakan
    .description = Tidak disyorkan: pernah meminta klien mengulangi permintaan melalui proksi. Klien tidak lagi mematuhinya atas sebab keselamatan.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Pertukaran Proksi (Tidak Digunakan)
    .description = Dikhaskan: kod ini digunakan dalam draf awal HTTP dan tidak lagi digunakan.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Ubah Hala Sementara
    .description = Sumber berada di alamat lain buat sementara waktu, dan klien mesti mengulangi permintaan di sana dengan kaedah dan badan yang sama.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Ubah Hala Kekal
    .description = Sumber mempunyai alamat kekal baharu, dan klien mesti mengulangi permintaan di sana dengan kaedah dan badan yang sama.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Permintaan Tidak Sah
    .description = Pelayan tidak dapat memproses permintaan kerana ralat klien, seperti sintaks yang cacat atau pembingkaian mesej yang tidak sah.
    .advice = Semak alamat atau borang yang anda hantar, kemudian cuba lagi.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Akses Tanpa Kebenaran
    .description = Permintaan tidak mempunyai bukti kelayakan pengesahan yang sah; pengepala WWW-Authenticate menyatakan cara untuk membuat pengesahan.
    .advice = Log masuk, kemudian cuba lagi.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Pembayaran Diperlukan
    .description = Dikhaskan untuk kegunaan masa hadapan. Sesetengah perkhidmatan menghantarnya apabila pembayaran atau langganan diperlukan.
    .advice = Kandungan ini mungkin memerlukan pembayaran atau langganan.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Akses Dilarang
    .description = Pelayan memahami permintaan tetapi enggan memenuhinya; log masuk semula tidak akan mengubah keadaan itu.
    .advice = Anda tidak mempunyai kebenaran untuk melihat halaman ini.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Sumber Tidak Ditemui
    .description = Pelayan tidak menemui apa-apa di alamat ini dan tidak dapat menyatakan sama ada sesuatu akan ditemui di situ kelak.
    .advice = Pastikan tiada kesilapan menaip dalam alamat, atau kembali ke halaman utama.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Kaedah Tidak Dibenarkan
    .description = Sumber tidak menyokong kaedah permintaan itu; pengepala Allow menyenaraikan kaedah yang disokongnya.
    .advice = Tindakan ini tidak tersedia di sini. Kembali dan cuba cara lain.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Perwakilan Tidak Boleh Diterima
    .description = Pelayan tidak mempunyai perwakilan sumber yang sepadan dengan pengepala Accept dalam permintaan.
    .advice = Halaman ini tidak tersedia dalam format atau bahasa yang diterima oleh pelayar anda.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Pengesahan Proksi Diperlukan
    .description = Seperti 401, tetapi klien mesti membuat pengesahan dengan proksi terlebih dahulu, seperti yang diterangkan oleh pengepala Proxy-Authenticate.
    .advice = Log masuk ke proksi rangkaian anda, kemudian cuba lagi.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Tamat Masa Permintaan
    .description = Pelayan tidak menerima permintaan yang lengkap dalam tempoh yang sanggup ditunggunya, lalu menutup sambungan.
    .advice = Sambungan mengambil masa terlalu lama. Sila cuba lagi.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Konflik
    .description = Permintaan bercanggah dengan keadaan semasa sumber, contohnya suntingan yang berdasarkan versi yang sudah lapuk.
    .advice = Seseorang mungkin telah mengubah kandungan ini pada masa yang sama. Muat semula halaman dan cuba lagi.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Sumber Tidak Lagi Wujud
    .description = Sumber telah dialih keluar dengan sengaja dan tidak akan kembali; pautan kepadanya sepatutnya dipadamkan.
    .advice = Halaman ini telah dialih keluar secara kekal.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Panjang Diperlukan
    .description = Pelayan menolak permintaan yang mempunyai badan tetapi tiada pengepala Content-Length.
    .advice = Pelayar anda menghantar permintaan yang tidak lengkap. Sila cuba lagi.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Prasyarat Gagal
    .description = Syarat dalam pengepala permintaan, seperti If-Match atau If-Unmodified-Since, dinilai sebagai palsu pada pelayan.
    .advice = Kandungan telah berubah sejak anda memuatkannya. Muat semula halaman dan cuba lagi.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Kandungan Terlalu Besar
    .description = Kandungan permintaan lebih besar daripada yang sanggup atau mampu diproses oleh pelayan.
    .advice = Apa yang anda hantar terlalu besar. Cuba fail yang lebih kecil.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI Terlalu Panjang
    .description = URI sasaran permintaan lebih panjang daripada yang sanggup ditafsirkan oleh pelayan.
    .advice = Alamat ini terlalu panjang. Semak alamat itu, atau mulakan semula dari halaman utama.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Jenis Media Tidak Disokong
    .description = Pelayan tidak menyokong format kandungan permintaan, seperti yang dinyatakan oleh Content-Type atau Content-Encoding.
    .advice = Jenis fail ini tidak disokong di sini.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Julat Bait Tidak Dapat Dipenuhi
    .description = Tiada julat bait dalam pengepala Range permintaan yang bertindih dengan saiz semasa sumber.
    .advice = Bahagian fail yang diminta tidak tersedia. Cuba muat turun fail itu semula dari awal.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Jangkaan Gagal
    .description = Pelayan tidak dapat memenuhi jangkaan yang diberikan dalam pengepala Expect permintaan.
    .advice = Pelayar anda menghantar permintaan yang tidak dapat dikendalikan oleh pelayan ini. Sila cuba lagi.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Saya Sebuah Teko (Tidak Digunakan)
    .description = Dikhaskan: jenaka Hari April Fool daripada RFC 2324 yang dilaksanakan dengan begitu meluas sehingga kod ini tidak boleh digunakan untuk tujuan lain.
    .advice = Pelayan menolak permintaan ini dengan kod status jenaka.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Ketenangan Diperlukan
    .description = Kod tidak rasmi (API awal Twitter): kadar permintaan klien sedang dihadkan. Pelayan yang mematuhi standard menggunakan 429 sebagai gantinya.
    .advice = Terlalu banyak permintaan dalam masa yang singkat. Tunggu sebentar, kemudian cuba lagi.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Permintaan Tersalah Hala
    .description = Permintaan sampai ke pelayan yang tidak dikonfigurasikan untuk menjawab bagi skema dan autoriti (hos dan port) ini, selalunya melalui sambungan yang digunakan semula.
    .advice = Sila cuba lagi. Jika masalah berterusan, mulakan semula pelayar anda.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Kandungan Tidak Dapat Diproses
    .description = Permintaan dibentuk dengan betul, tetapi pelayan tidak dapat bertindak atas kandungannya, contohnya disebabkan ralat pengesahsahihan.
    .advice = Sesetengah maklumat yang anda masukkan tidak sah. Semak maklumat itu dan cuba lagi.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Sumber Dikunci
    .description = WebDAV: sumber dikunci, jadi kaedah ini tidak boleh dikenakan padanya.
    .advice = Kandungan ini dikunci kerana orang lain sedang mengusahakannya. Cuba lagi kemudian.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Kebergantungan Gagal
    .description = WebDAV: kaedah tidak dapat dijalankan kerana tindakan lain yang menjadi sandarannya telah gagal.
    .advice = Permintaan anda tidak dapat diselesaikan kerana langkah yang berkaitan telah gagal. Sila cuba lagi.
# 425 Too Early, RFC 8470.
http-425 = Permintaan Terlalu Awal
    .description = Pelayan enggan memproses permintaan yang mungkin dimainkan semula, seperti permintaan yang dihantar sebagai data awal TLS.
    .advice = Sila cuba lagi sebentar nanti.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Naik Taraf Diperlukan
    .description = Pelayan enggan memproses permintaan melalui protokol semasa; pengepala Upgrade menamakan protokol yang perlu digunakan sebagai gantinya.
    .advice = Pelayar anda memerlukan kaedah sambungan yang lebih baharu. Kemas kini pelayar anda, kemudian cuba lagi.
# 428 Precondition Required, RFC 6585.
http-428 = Prasyarat Diperlukan
    .description = Pelayan memerlukan permintaan itu dibuat secara bersyarat, contohnya dengan If-Match, untuk mengelakkan kemas kini daripada hilang.
    .advice = Muat semula halaman dan cuba lagi.
# 429 Too Many Requests, RFC 6585.
http-429 = Terlalu Banyak Permintaan
    .description = Klien telah menghantar terlalu banyak permintaan dalam tempoh tertentu; pengepala Retry-After mungkin menyatakan berapa lama perlu menunggu.
    .advice = Anda telah membuat terlalu banyak permintaan. Tunggu sebentar, kemudian cuba lagi.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Medan Pengepala Permintaan Terlalu Besar
    .description = Pelayan menolak permintaan kerana satu medan pengepala, atau kesemuanya secara keseluruhan, terlalu besar.
    .advice = Mengosongkan kuki laman web ini dalam pelayar anda mungkin membantu. Kemudian cuba lagi.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Tamat Masa Log Masuk
    .description = Kod tidak rasmi (Microsoft IIS): sesi klien telah tamat tempoh dan pengguna mesti log masuk semula.
    .advice = Sesi anda telah tamat tempoh. Log masuk semula.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Tiada Respons
    .description = Kod tidak rasmi (nginx, kegunaan dalaman): pelayan menutup sambungan tanpa menghantar sebarang respons. Kod ini muncul dalam log dan tidak sekali-kali dihantar kepada klien.
    .advice = Pelayan menutup sambungan tanpa sebarang jawapan. Sila cuba lagi kemudian.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Percubaan Semula dengan Maklumat
    .description = Kod tidak rasmi (Microsoft IIS): permintaan tidak mengandungi maklumat yang diperlukan dan sepatutnya dicuba semula selepas klien memberikannya.
    .advice = Sesetengah maklumat tidak disertakan. Sila cuba lagi.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Akses Disekat oleh Kawalan Ibu Bapa Windows
    .description = Kod tidak rasmi (Microsoft): Kawalan Ibu Bapa Windows telah menyekat akses ke halaman yang diminta.
    .advice = Kawalan ibu bapa pada komputer ini telah menyekat halaman ini.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Sumber Tidak Tersedia atas Sebab Undang-undang
    .description = Pelayan menafikan akses kepada sumber kerana tuntutan undang-undang, seperti perintah mahkamah.
    .advice = Kandungan ini tidak tersedia kepada anda atas sebab undang-undang.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Pengepala Permintaan Terlalu Besar
    .description = Kod tidak rasmi (nginx): permintaan atau salah satu baris pengepalanya terlalu besar; pendahulu kepada 431.
    .advice = Mengosongkan kuki laman web ini dalam pelayar anda mungkin membantu. Kemudian cuba lagi.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Ralat Sijil SSL
    .description = Kod tidak rasmi (nginx): sijil klien yang dikemukakan untuk pengesahan klien TLS tidak sah.
    .advice = Sijil keselamatan anda tidak diterima. Hubungi pentadbir laman web ini.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Sijil SSL Diperlukan
    .description = Kod tidak rasmi (nginx): pelayan memerlukan sijil klien TLS tetapi klien tidak mengemukakannya.
    .advice = Laman web ini memerlukan sijil keselamatan daripada peranti anda. Hubungi pentadbir laman web ini.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Permintaan HTTP Dihantar ke Port HTTPS
    .description = Kod tidak rasmi (nginx): permintaan HTTP yang tidak disulitkan tiba di port yang menjangkakan HTTPS.
    .advice = Gunakan alamat yang bermula dengan https:// dan cuba lagi.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Permintaan Dibatalkan oleh Klien
    .description = Kod tidak rasmi (log nginx): klien menutup sambungan sebelum pelayan dapat menghantar responsnya.
    .advice = Permintaan dibatalkan sebelum selesai. Sila cuba lagi.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Ralat Pelayan Dalaman
    .description = Pelayan menghadapi keadaan tidak dijangka yang menghalangnya daripada memenuhi permintaan.
    .advice = Berlaku masalah di pihak kami. Sila cuba lagi kemudian.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Fungsi Tidak Dilaksanakan
    .description = Pelayan tidak menyokong fungsi yang diperlukan untuk memenuhi permintaan, seperti kaedah permintaan yang tidak diketahui.
    .advice = Ciri ini tidak tersedia di laman web ini.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Get Laluan Bermasalah
    .description = Get laluan atau proksi menerima respons yang tidak sah daripada pelayan huluan yang dihubunginya.
    .advice = Laman web ini menghadapi masalah untuk mencapai salah satu pelayannya. Sila cuba lagi dalam beberapa minit.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Perkhidmatan Tidak Tersedia
    .description = Pelayan tidak dapat mengendalikan permintaan buat masa ini kerana beban berlebihan atau penyelenggaraan; pengepala Retry-After mungkin menyatakan bila perlu mencuba lagi.
    .advice = Laman web ini tidak tersedia buat sementara waktu. Sila cuba lagi kemudian.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Tamat Masa Get Laluan
    .description = Get laluan atau proksi tidak menerima respons daripada pelayan huluan dalam masa yang ditetapkan.
    .advice = Laman web ini mengambil masa terlalu lama untuk memberikan respons. Sila cuba lagi dalam beberapa minit.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Versi HTTP Tidak Disokong
    .description = Pelayan tidak menyokong versi utama HTTP yang digunakan dalam permintaan.
    .advice = Pelayar anda menggunakan kaedah sambungan yang tidak disokong oleh pelayan ini. Kemas kini pelayar anda, kemudian cuba lagi.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Varian Turut Berunding
    .description = Rundingan kandungan telus tersalah konfigurasi pada pelayan: varian yang dipilih itu sendiri disediakan untuk berunding.
    .advice = Laman web ini tersalah konfigurasi. Sila cuba lagi kemudian.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Storan Tidak Mencukupi
    .description = WebDAV: pelayan tidak dapat menyimpan apa yang diperlukan untuk melengkapkan permintaan.
    .advice = Ruang storan pelayan telah habis. Sila cuba lagi kemudian.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Gelung Dikesan
    .description = WebDAV: pelayan menghentikan operasi kerana menemui gelung tak terhingga, contohnya dalam pengikatan dengan nilai Depth infiniti.
    .advice = Pelayan terperangkap dalam gelung semasa mengendalikan permintaan anda. Sila cuba lagi kemudian.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Had Lebar Jalur Dilampaui
    .description = Kod tidak rasmi (pengehosan Apache dan cPanel): laman web telah menggunakan keseluruhan lebar jalur yang dibenarkan oleh pelan pengehosannya.
    .advice = Laman web ini telah melebihi had trafiknya. Sila cuba lagi kemudian.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Permintaan Tidak Dilanjutkan
    .description = Usang: permintaan tidak memenuhi dasar lanjutan Rangka Kerja Lanjutan HTTP, yang kini berstatus sejarah.
    .advice = Pelayan tidak dapat mengendalikan permintaan ini. Sila cuba lagi kemudian.
# 511 Network Authentication Required, RFC 6585.
http-511 = Pengesahan Rangkaian Diperlukan
    .description = Klien mesti membuat pengesahan untuk mendapatkan akses rangkaian, lazimnya melalui halaman log masuk portal tawanan.
    .advice = Log masuk ke rangkaian tempat anda bersambung, contohnya di halaman log masuk Wi-Fi rangkaian itu.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Ralat Tidak Diketahui daripada Pelayan Web
    .description = Kod tidak rasmi (Cloudflare): pelayan asal mengembalikan respons yang kosong, tidak diketahui atau tidak dijangka.
    .advice = Pelayan laman web ini memberikan respons yang tidak dijangka. Sila cuba lagi dalam beberapa minit.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Pelayan Web Tergendala
    .description = Kod tidak rasmi (Cloudflare): pelayan asal menolak sambungan.
    .advice = Pelayan laman web ini tidak dapat dicapai buat masa ini. Sila cuba lagi kemudian.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Tamat Masa Sambungan
    .description = Kod tidak rasmi (Cloudflare): sambungan TCP ke pelayan asal telah tamat masa.
    .advice = Pelayan laman web ini mengambil masa terlalu lama untuk memberikan respons. Sila cuba lagi kemudian.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Pelayan Asal Tidak Dapat Dicapai
    .description = Kod tidak rasmi (Cloudflare): Cloudflare tidak dapat mencapai pelayan asal, contohnya disebabkan masalah DNS atau penghalaan.
    .advice = Pelayan laman web ini tidak dapat dicapai buat masa ini. Sila cuba lagi kemudian.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Tamat Masa
    .description = Kod tidak rasmi (Cloudflare): sambungan ke pelayan asal berjaya, tetapi pelayan itu tidak menghantar respons HTTP dalam masa yang ditetapkan.
    .advice = Pelayan laman web ini mengambil masa terlalu lama untuk memberikan respons. Sila cuba lagi kemudian.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Jabat Tangan SSL Gagal
    .description = Kod tidak rasmi (Cloudflare): jabat tangan TLS antara Cloudflare dengan pelayan asal telah gagal.
    .advice = Sambungan selamat ke pelayan laman web ini tidak dapat diwujudkan. Sila cuba lagi kemudian.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Sijil SSL Tidak Sah
    .description = Kod tidak rasmi (Cloudflare): Cloudflare tidak dapat mengesahkan sijil TLS pelayan asal.
    .advice = Sijil keselamatan laman web ini tidak dapat disahkan. Sila cuba lagi kemudian.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Ralat DNS Pelayan Asal
    .description = Kod tidak rasmi (Cloudflare): dihantar bersama ralat Cloudflare 1xxx, paling kerap apabila nama DNS pelayan asal tidak dapat dileraikan.
    .advice = Laman web ini tidak dapat dicapai buat masa ini. Sila cuba lagi kemudian.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Ralat Tamat Masa Baca Rangkaian
    .description = Kod tidak rasmi (konvensyen sesetengah proksi): pembacaan respons daripada pelayan huluan telah tamat masa.
    .advice = Laman web ini mengambil masa terlalu lama untuk memberikan respons. Sila cuba lagi kemudian.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Ralat Tamat Masa Sambungan Rangkaian
    .description = Kod tidak rasmi (konvensyen sesetengah proksi): penyambungan ke pelayan huluan telah tamat masa.
    .advice = Laman web ini tidak dapat dicapai dalam masa yang ditetapkan. Sila cuba lagi kemudian.
