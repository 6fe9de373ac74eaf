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
http-unknown = Status Tidak Dikenal
    .description = Kode status ini bukan kode status HTTP yang valid; kode yang valid berupa bilangan tiga digit dari 100 hingga 599.
    .advice = Terjadi sesuatu yang tidak terduga. Silakan coba lagi nanti.
# 1xx class, RFC 9110 section 15.2.
http-1xx = Informasional
    .description = Respons sementara: server telah menerima permintaan dan masih memprosesnya. Respons akhir akan menyusul.
# 2xx class, RFC 9110 section 15.3.
http-2xx = Berhasil
    .description = Server telah menerima, memahami, dan menyetujui permintaan.
# 3xx class, RFC 9110 section 15.4.
http-3xx = Pengalihan
    .description = Klien perlu melakukan tindakan lanjutan, biasanya mengikuti tautan ke alamat lain, untuk menyelesaikan permintaan.
# 4xx class, RFC 9110 section 15.5.
http-4xx = Kesalahan Klien
    .description = Permintaan mengandung kesalahan atau tidak dapat dipenuhi sebagaimana dikirim; klien sebaiknya tidak mengulanginya tanpa perubahan.
    .advice = Periksa alamat dan data yang Anda masukkan, lalu coba lagi.
# 5xx class, RFC 9110 section 15.6.
http-5xx = Kesalahan Server
    .description = Server gagal memenuhi permintaan yang tampaknya valid.
    .advice = Masalahnya ada di pihak kami. Silakan coba lagi dalam beberapa menit.

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = Lanjutkan
    .description = Server telah menerima header permintaan, dan klien boleh melanjutkan pengiriman isi permintaan.
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = Beralih Protokol
    .description = Server menyetujui permintaan Upgrade dari klien dan beralih ke protokol yang disebutkan dalam respons, misalnya WebSocket.
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = Sedang Diproses
    .description = WebDAV: server telah menerima permintaan dan masih memprosesnya, sehingga klien sebaiknya tidak menganggap batas waktunya telah habis.
# 103 Early Hints, RFC 8297.
http-103 = Petunjuk Awal
    .description = Dikirim sebelum respons akhir agar klien dapat mulai memuat lebih dahulu sumber daya yang disebutkan dalam header Link.
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = Pelanjutan Unggahan Didukung
    .description = Server mendukung unggahan yang dapat dilanjutkan dan memberi tahu klien dari titik mana unggahan yang terputus dapat dilanjutkan. Kode ini hanya terdaftar untuk sementara.

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = Permintaan berhasil. Isi respons bergantung pada metode permintaan.
# 201 Created, RFC 9110 section 15.3.2.
http-201 = Dibuat
    .description = Permintaan berhasil dan menghasilkan satu atau beberapa sumber daya baru, yang biasanya ditunjukkan oleh header Location.
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = Diterima
    .description = Permintaan telah diterima untuk diproses, tetapi pemrosesannya belum selesai dan masih mungkin gagal.
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = Informasi Tidak Otoritatif
    .description = Permintaan berhasil, tetapi proksi yang melakukan transformasi telah mengubah konten yang dikirim oleh server asal.
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = Tanpa Konten
    .description = Permintaan berhasil dan tidak ada konten yang perlu dikirim dalam isi respons.
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = Atur Ulang Konten
    .description = Permintaan berhasil dan klien sebaiknya mengatur ulang formulir atau tampilan yang mengirim permintaan tersebut, misalnya agar dapat diisi kembali.
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = Konten Sebagian
    .description = Server hanya mengirim bagian-bagian sumber daya yang diminta klien melalui header Range.
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = Status Ganda
    .description = WebDAV: isi respons berupa dokumen XML yang memuat status tersendiri untuk masing-masing dari beberapa sumber daya.
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = Sudah Dilaporkan
    .description = WebDAV: anggota koleksi ini sudah dicantumkan sebelumnya dalam respons yang sama sehingga tidak diulang.
# 226 IM Used, RFC 3229.
http-226 = IM Digunakan
    .description = Server memenuhi permintaan GET dengan pengodean delta: respons merupakan hasil manipulasi instans yang diterapkan pada sumber daya saat ini.

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = Beberapa Pilihan
    .description = Sumber daya tersedia dalam beberapa representasi, dan klien atau pengguna dapat memilih salah satunya.
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = Dipindahkan Permanen
    .description = Sumber daya memiliki alamat permanen baru yang diberikan dalam header Location; tautan sebaiknya diperbarui ke alamat tersebut.
# 302 Found, RFC 9110 section 15.4.3.
http-302 = Ditemukan
    .description = Untuk sementara, sumber daya berada di alamat lain yang diberikan dalam header Location. Saat mengikuti pengalihan ini, klien biasanya mengubah POST menjadi GET.
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = Lihat Sumber Daya Lain
    .description = Klien sebaiknya mengambil sumber daya lain yang disebutkan dalam header Location dengan permintaan GET, misalnya halaman hasil setelah formulir dikirim.
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = Tidak Dimodifikasi
    .description = Permintaan GET atau HEAD bersyarat mendapati sumber daya tidak berubah, sehingga klien dapat memakai salinannya di tembolok.
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = Gunakan Proksi
    .description = Usang: dahulu meminta klien mengulangi permintaan melalui proksi. Demi keamanan, klien tidak lagi mematuhinya.
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = Ganti Proksi (Tidak Digunakan)
    .description = Dicadangkan: kode ini dipakai dalam draf awal HTTP dan kini tidak digunakan lagi.
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = Pengalihan Sementara
    .description = Untuk sementara, sumber daya berada di alamat lain, dan klien harus mengulangi permintaan ke sana dengan metode dan isi yang sama.
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = Pengalihan Permanen
    .description = Sumber daya memiliki alamat permanen baru, dan klien harus mengulangi permintaan ke sana dengan metode dan isi yang sama.

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = Permintaan Tidak Valid
    .description = Server tidak dapat memproses permintaan karena kesalahan di sisi klien, misalnya sintaksis yang salah atau pembingkaian pesan yang tidak valid.
    .advice = Periksa alamat atau formulir yang Anda kirim, lalu coba lagi.
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = Tidak Diotorisasi
    .description = Permintaan tidak menyertakan kredensial autentikasi yang valid; header WWW-Authenticate menjelaskan cara melakukan autentikasi.
    .advice = Silakan masuk, lalu coba lagi.
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = Pembayaran Diperlukan
    .description = Dicadangkan untuk penggunaan di masa mendatang. Beberapa layanan mengirimkannya jika diperlukan pembayaran atau langganan.
    .advice = Konten ini mungkin memerlukan pembayaran atau langganan.
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = Dilarang
    .description = Server memahami permintaan tetapi menolak memenuhinya; masuk kembali tidak akan mengubah hal itu.
    .advice = Anda tidak memiliki izin untuk melihat halaman ini.
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = Tidak Ditemukan
    .description = Server tidak menemukan apa pun di alamat ini, dan tidak dapat memastikan apakah suatu saat akan ada.
    .advice = Periksa apakah ada salah ketik pada alamat, atau kembali ke beranda.
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = Metode Tidak Diizinkan
    .description = Sumber daya tidak mendukung metode permintaan tersebut; header Allow mencantumkan metode yang didukung.
    .advice = Tindakan ini tidak tersedia di sini. Kembalilah dan coba dengan cara lain.
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = Tidak Dapat Diterima
    .description = Server tidak memiliki representasi sumber daya yang sesuai dengan header Accept pada permintaan.
    .advice = Halaman ini tidak tersedia dalam format atau bahasa yang diterima oleh peramban Anda.
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = Autentikasi Proksi Diperlukan
    .description = Serupa dengan 401, tetapi klien harus terlebih dahulu melakukan autentikasi ke proksi, sebagaimana dijelaskan oleh header Proxy-Authenticate.
    .advice = Masuk ke proksi jaringan Anda, lalu coba lagi.
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = Batas Waktu Permintaan Habis
    .description = Server tidak menerima permintaan yang lengkap dalam rentang waktu yang bersedia ditunggunya, lalu menutup koneksi.
    .advice = Koneksi memakan waktu terlalu lama. Silakan coba lagi.
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = Konflik
    .description = Permintaan bertentangan dengan keadaan sumber daya saat ini, misalnya suntingan yang didasarkan pada versi yang sudah usang.
    .advice = Mungkin ada orang lain yang mengubah konten ini pada saat yang sama. Muat ulang halaman, lalu coba lagi.
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = Telah Dihapus
    .description = Sumber daya sengaja dihapus dan tidak akan kembali; tautan ke sumber daya tersebut sebaiknya dihapus.
    .advice = Halaman ini telah dihapus secara permanen.
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = Panjang Diperlukan
    .description = Server menolak permintaan yang memiliki isi tetapi tidak memiliki header Content-Length.
    .advice = Peramban Anda mengirim permintaan yang tidak lengkap. Silakan coba lagi.
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = Prasyarat Gagal
    .description = Salah satu kondisi dalam header permintaan, seperti If-Match atau If-Unmodified-Since, bernilai salah saat dievaluasi di server.
    .advice = Konten telah berubah sejak Anda memuatnya. Muat ulang halaman, lalu coba lagi.
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = Konten Terlalu Besar
    .description = Konten permintaan lebih besar daripada yang bersedia atau mampu diproses oleh server.
    .advice = Data yang Anda kirim terlalu besar. Cobalah dengan berkas yang lebih kecil.
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = URI Terlalu Panjang
    .description = URI target permintaan lebih panjang daripada yang bersedia ditafsirkan oleh server.
    .advice = Alamatnya terlalu panjang. Periksa alamat tersebut, atau mulai lagi dari beranda.
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = Jenis Media Tidak Didukung
    .description = Server tidak mendukung format konten permintaan, sebagaimana dinyatakan oleh Content-Type atau Content-Encoding.
    .advice = Jenis berkas ini tidak didukung di sini.
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = Rentang Tidak Dapat Dipenuhi
    .description = Tidak ada satu pun rentang dalam header Range pada permintaan yang beririsan dengan cakupan sumber daya saat ini.
    .advice = Bagian berkas yang diminta tidak tersedia. Coba unduh ulang dari awal.
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = Ekspektasi Gagal
    .description = Server tidak dapat memenuhi ekspektasi yang dinyatakan dalam header Expect pada permintaan.
    .advice = Peramban Anda mengirim permintaan yang tidak dapat ditangani oleh server ini. Silakan coba lagi.
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = Saya Teko Teh (Tidak Digunakan)
    .description = Dicadangkan: lelucon April Mop dari RFC 2324 yang sudah begitu luas diterapkan sehingga kode ini tidak dapat dipakai untuk keperluan lain.
    .advice = Server menolak permintaan ini dengan kode status lelucon.
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = Tenangkan Diri Anda
    .description = Tidak resmi, dari API awal Twitter: klien sedang dikenai pembatasan laju permintaan. Server standar memakai 429 sebagai gantinya.
    .advice = Terlalu banyak permintaan dalam waktu singkat. Tunggu sebentar, lalu coba lagi.
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = Permintaan Salah Arah
    .description = Permintaan sampai ke server yang tidak dikonfigurasi untuk melayani skema dan otoritas ini, sering kali karena koneksi yang digunakan ulang.
    .advice = Silakan coba lagi. Jika masalah berlanjut, tutup lalu buka kembali peramban Anda.
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = Konten Tidak Dapat Diproses
    .description = Permintaan terbentuk dengan benar, tetapi server tidak dapat menindaklanjuti kontennya, misalnya karena kesalahan validasi.
    .advice = Sebagian data yang Anda masukkan tidak valid. Periksa kembali, lalu coba lagi.
# 423 Locked, RFC 4918 (WebDAV).
http-423 = Terkunci
    .description = WebDAV: sumber daya sedang dikunci, sehingga metode ini tidak dapat diterapkan padanya.
    .advice = Konten ini dikunci karena orang lain sedang mengerjakannya. Coba lagi nanti.
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = Dependensi Gagal
    .description = WebDAV: metode tidak dapat dijalankan karena tindakan lain yang menjadi dependensinya gagal.
    .advice = Permintaan Anda tidak dapat diselesaikan karena ada langkah terkait yang gagal. Silakan coba lagi.
# 425 Too Early, RFC 8470.
http-425 = Terlalu Dini
    .description = Server tidak bersedia memproses permintaan yang mungkin diputar ulang, misalnya permintaan yang dikirim sebagai data awal TLS.
    .advice = Silakan tunggu sebentar, lalu coba lagi.
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = Peningkatan Diperlukan
    .description = Server menolak permintaan melalui protokol saat ini; header Upgrade menyebutkan protokol yang harus digunakan sebagai gantinya.
    .advice = Peramban Anda memerlukan metode koneksi yang lebih baru. Perbarui peramban Anda, lalu coba lagi.
# 428 Precondition Required, RFC 6585.
http-428 = Prasyarat Diperlukan
    .description = Server mengharuskan permintaan bersifat bersyarat, misalnya dengan If-Match, untuk mencegah hilangnya pembaruan.
    .advice = Muat ulang halaman, lalu coba lagi.
# 429 Too Many Requests, RFC 6585.
http-429 = Terlalu Banyak Permintaan
    .description = Klien telah mengirim terlalu banyak permintaan dalam jangka waktu tertentu; header Retry-After dapat menunjukkan berapa lama harus menunggu.
    .advice = Anda telah mengirim terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi.
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = Kolom Header Permintaan Terlalu Besar
    .description = Server menolak permintaan karena salah satu kolom header, atau seluruhnya secara bersama-sama, terlalu besar.
    .advice = Menghapus kuki situs ini di peramban Anda mungkin dapat membantu. Setelah itu, coba lagi.
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = Batas Waktu Masuk Habis
    .description = Tidak resmi, dari Microsoft IIS: sesi klien telah kedaluwarsa dan pengguna harus masuk kembali.
    .advice = Sesi Anda telah berakhir. Silakan masuk kembali.
# 444 No Response. Unofficial: nginx, internal only.
http-444 = Tanpa Respons
    .description = Tidak resmi, dipakai secara internal di nginx: server menutup koneksi tanpa mengirim respons apa pun. Kode ini hanya muncul di log, tidak pernah dikirim ke klien.
    .advice = Server menutup koneksi tanpa memberikan jawaban. Silakan coba lagi nanti.
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = Ulangi dengan Informasi Tambahan
    .description = Tidak resmi, dari Microsoft IIS: permintaan kekurangan informasi dan harus diulang setelah klien melengkapinya.
    .advice = Ada informasi yang kurang. Silakan coba lagi.
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Diblokir oleh Kontrol Orang Tua Windows
    .description = Tidak resmi, dari Microsoft: Kontrol Orang Tua Windows memblokir akses ke halaman yang diminta.
    .advice = Kontrol orang tua di komputer ini telah memblokir halaman ini.
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = Tidak Tersedia karena Alasan Hukum
    .description = Server menolak akses ke sumber daya karena tuntutan hukum, misalnya perintah pengadilan.
    .advice = Konten ini tidak tersedia untuk Anda karena alasan hukum.
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = Header Permintaan Terlalu Besar
    .description = Tidak resmi, dari nginx: permintaan atau salah satu baris header-nya terlalu besar; kode ini adalah pendahulu 431.
    .advice = Menghapus kuki situs ini di peramban Anda mungkin dapat membantu. Setelah itu, coba lagi.
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = Kesalahan Sertifikat SSL
    .description = Tidak resmi, dari nginx: sertifikat klien yang diajukan untuk autentikasi klien TLS tidak valid.
    .advice = Sertifikat keamanan Anda tidak diterima. Hubungi administrator situs.
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = Sertifikat SSL Diperlukan
    .description = Tidak resmi, dari nginx: server memerlukan sertifikat klien TLS, tetapi klien tidak mengajukannya.
    .advice = Situs ini memerlukan sertifikat keamanan dari perangkat Anda. Hubungi administrator situs.
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = Permintaan HTTP Dikirim ke Port HTTPS
    .description = Tidak resmi, dari nginx: permintaan HTTP tanpa enkripsi tiba di port yang mengharapkan HTTPS.
    .advice = Gunakan alamat yang diawali dengan https://, lalu coba lagi.
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = Klien Membatalkan Permintaan
    .description = Tidak resmi, dipakai dalam log nginx: klien menutup koneksi sebelum server sempat mengirim responsnya.
    .advice = Permintaan dibatalkan sebelum selesai. Silakan coba lagi.

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = Kesalahan Server Internal
    .description = Server mengalami kondisi tak terduga yang membuatnya tidak dapat memenuhi permintaan.
    .advice = Terjadi kesalahan di pihak kami. Silakan coba lagi nanti.
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = Tidak Diimplementasikan
    .description = Server tidak mendukung fungsi yang diperlukan untuk memenuhi permintaan, misalnya metode permintaan yang tidak dikenal.
    .advice = Fitur ini tidak tersedia di situs ini.
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = Gateway Bermasalah
    .description = Gateway atau proksi menerima respons yang tidak valid dari server hulu yang dihubunginya.
    .advice = Situs ini mengalami kendala saat menghubungi salah satu servernya. Silakan coba lagi dalam beberapa menit.
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = Layanan Tidak Tersedia
    .description = Server saat ini tidak dapat menangani permintaan karena kelebihan beban atau sedang dalam pemeliharaan; header Retry-After dapat menunjukkan kapan harus mencoba lagi.
    .advice = Situs ini untuk sementara tidak tersedia. Silakan coba lagi nanti.
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = Batas Waktu Gateway Habis
    .description = Gateway atau proksi tidak menerima respons tepat waktu dari server hulu.
    .advice = Situs ini terlalu lama merespons. Silakan coba lagi dalam beberapa menit.
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = Versi HTTP Tidak Didukung
    .description = Server tidak mendukung versi mayor HTTP yang digunakan dalam permintaan.
    .advice = Peramban Anda menggunakan metode koneksi yang tidak didukung oleh server ini. Perbarui peramban Anda, lalu coba lagi.
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = Varian Juga Bernegosiasi
    .description = Negosiasi konten transparan di server salah dikonfigurasi: varian yang dipilih ternyata juga diatur untuk bernegosiasi.
    .advice = Situs ini salah dikonfigurasi. Silakan coba lagi nanti.
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = Penyimpanan Tidak Cukup
    .description = WebDAV: server tidak dapat menyimpan data yang diperlukan untuk menyelesaikan permintaan.
    .advice = Ruang penyimpanan server sudah habis. Silakan coba lagi nanti.
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = Perulangan Terdeteksi
    .description = WebDAV: server menghentikan operasi karena menemukan perulangan tanpa akhir, misalnya pada pengikatan dengan nilai Depth tak hingga.
    .advice = Server terjebak dalam perulangan saat menangani permintaan Anda. Silakan coba lagi nanti.
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = Batas Lebar Pita Terlampaui
    .description = Tidak resmi, dipakai oleh Apache dan cPanel di penyedia layanan web: situs telah menghabiskan kuota lebar pita yang diizinkan oleh paket layanannya.
    .advice = Situs ini telah melampaui batas lalu lintas datanya. Silakan coba lagi nanti.
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = Tidak Diperluas
    .description = Usang: permintaan tidak memenuhi kebijakan ekstensi dari Kerangka Ekstensi HTTP, yang kini berstatus historis.
    .advice = Server tidak dapat menangani permintaan ini. Silakan coba lagi nanti.
# 511 Network Authentication Required, RFC 6585.
http-511 = Autentikasi Jaringan Diperlukan
    .description = Klien harus melakukan autentikasi untuk mendapatkan akses jaringan, biasanya melalui halaman masuk portal tawanan.
    .advice = Masuk ke jaringan yang sedang Anda gunakan, misalnya melalui halaman masuk Wi-Fi jaringan tersebut.
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = Server Web Mengembalikan Kesalahan Tak Dikenal
    .description = Tidak resmi, dari Cloudflare: server asal mengembalikan respons yang kosong, tidak dikenal, atau tidak terduga.
    .advice = Server situs ini memberikan respons yang tidak terduga. Silakan coba lagi dalam beberapa menit.
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = Server Web Tidak Aktif
    .description = Tidak resmi, dari Cloudflare: server asal menolak koneksi.
    .advice = Server situs ini sedang tidak dapat dijangkau. Silakan coba lagi nanti.
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = Batas Waktu Koneksi Habis
    .description = Tidak resmi, dari Cloudflare: batas waktu koneksi TCP ke server asal habis.
    .advice = Server situs ini terlalu lama menjawab. Silakan coba lagi nanti.
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = Server Asal Tidak Dapat Dijangkau
    .description = Tidak resmi, dari Cloudflare: Cloudflare tidak dapat menjangkau server asal, misalnya karena masalah DNS atau perutean.
    .advice = Server situs ini sedang tidak dapat dijangkau. Silakan coba lagi nanti.
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = Batas Waktu Habis
    .description = Tidak resmi, dari Cloudflare: koneksi ke server asal berhasil, tetapi server asal tidak mengirim respons HTTP tepat waktu.
    .advice = Server situs ini terlalu lama menjawab. Silakan coba lagi nanti.
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = Jabat Tangan SSL Gagal
    .description = Tidak resmi, dari Cloudflare: jabat tangan TLS antara Cloudflare dan server asal gagal.
    .advice = Koneksi aman ke server situs ini tidak dapat dibuat. Silakan coba lagi nanti.
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = Sertifikat SSL Tidak Valid
    .description = Tidak resmi, dari Cloudflare: Cloudflare tidak dapat memvalidasi sertifikat TLS milik server asal.
    .advice = Sertifikat keamanan situs ini tidak dapat diverifikasi. Silakan coba lagi nanti.
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = Kesalahan DNS Server Asal
    .description = Tidak resmi, dari Cloudflare: dikirim bersama kesalahan Cloudflare 1xxx, paling sering ketika nama DNS server asal tidak dapat diresolusi.
    .advice = Situs ini tidak dapat dijangkau saat ini. Silakan coba lagi nanti.
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = Batas Waktu Baca Jaringan Habis
    .description = Tidak resmi, konvensi sejumlah proksi: batas waktu pembacaan respons dari server hulu habis.
    .advice = Situs ini terlalu lama merespons. Silakan coba lagi nanti.
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = Batas Waktu Koneksi Jaringan Habis
    .description = Tidak resmi, konvensi sejumlah proksi: batas waktu untuk terhubung ke server hulu habis.
    .advice = Situs ini tidak dapat dijangkau tepat waktu. Silakan coba lagi nanti.
