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
http-unknown = 不明なステータス
    .description = このステータスコードは有効な HTTP ステータスコードではありません。有効なコードは 100 から 599 までの 3 桁の数字です。
    .advice = 予期しない問題が発生しました。しばらくしてから、もう一度お試しください。
# 1xx class, RFC 9110 section 15.2.
http-1xx = 情報レスポンス
    .description = 暫定レスポンスです。サーバーはリクエストを受信し、まだ処理を続けています。この後に最終レスポンスが続きます。
# 2xx class, RFC 9110 section 15.3.
http-2xx = 成功
    .description = サーバーはリクエストを受信し、理解し、受理しました。
# 3xx class, RFC 9110 section 15.4.
http-3xx = リダイレクト
    .description = リクエストを完了するには、クライアントが追加の操作を行う必要があります。通常は、別のアドレスへのリンクをたどります。
# 4xx class, RFC 9110 section 15.5.
http-4xx = クライアントエラー
    .description = リクエストに誤りがあるか、送信された内容のままでは処理できません。クライアントは同じリクエストをそのまま繰り返すべきではありません。
    .advice = アドレスと入力内容をご確認のうえ、もう一度お試しください。
# 5xx class, RFC 9110 section 15.6.
http-5xx = サーバーエラー
    .description = 有効と思われるリクエストを、サーバーが処理できませんでした。
    .advice = 問題は当サイト側にあります。数分後にもう一度お試しください。

## 1xx Informational

# 100 Continue, RFC 9110 section 15.2.1.
http-100 = 継続
    .description = サーバーはリクエストヘッダーを受信しました。クライアントはリクエスト本文の送信を続けてかまいません。
# 101 Switching Protocols, RFC 9110 section 15.2.2.
http-101 = プロトコル切り替え
    .description = サーバーはクライアントの Upgrade ヘッダーによる要求に応じ、レスポンスで示したプロトコル（WebSocket など）に切り替えます。
# 102 Processing, RFC 2518 (WebDAV). Deprecated by RFC 4918 but still registered.
http-102 = 処理中
    .description = WebDAV：サーバーはリクエストを受理し、まだ処理中です。そのため、クライアントはタイムアウトと判断すべきではありません。
# 103 Early Hints, RFC 8297.
http-103 = 早期ヒント
    .description = 最終レスポンスの前に送信され、Link ヘッダーで示されたリソースをクライアントが先読みし始められるようにします。
# 104 Upload Resumption Supported, draft-ietf-httpbis-resumable-upload. Temporary registration.
http-104 = アップロード再開に対応
    .description = サーバーは再開可能なアップロードに対応しており、中断されたアップロードをどこから再開できるかをクライアントに伝えます。このコードは暫定的に登録されているだけです。

## 2xx Success

# 200 OK, RFC 9110 section 15.3.1.
http-200 = OK
    .description = リクエストは成功しました。レスポンスの内容はリクエストメソッドによって異なります。
# 201 Created, RFC 9110 section 15.3.2.
http-201 = 作成完了
    .description = リクエストは成功し、1 つ以上の新しいリソースが作成されました。新しいリソースは通常 Location ヘッダーで示されます。
# 202 Accepted, RFC 9110 section 15.3.3.
http-202 = 受理
    .description = リクエストは処理のために受理されましたが、処理はまだ完了しておらず、失敗する可能性もあります。
# 203 Non-Authoritative Information, RFC 9110 section 15.3.4.
http-203 = 信頼できない情報
    .description = リクエストは成功しましたが、オリジンサーバーが送信したコンテンツは、変換を行うプロキシによって変更されています。
# 204 No Content, RFC 9110 section 15.3.5.
http-204 = コンテンツなし
    .description = リクエストは成功しましたが、レスポンス本文として送信するコンテンツはありません。
# 205 Reset Content, RFC 9110 section 15.3.6.
http-205 = コンテンツのリセット
    .description = リクエストは成功しました。クライアントは、新しい入力ができるよう、リクエストを送信したフォームやビューをリセットする必要があります。
# 206 Partial Content, RFC 9110 section 15.3.7.
http-206 = 部分的なコンテンツ
    .description = サーバーは、クライアントが Range ヘッダーで要求したリソースの一部だけを送信しています。
# 207 Multi-Status, RFC 4918 (WebDAV).
http-207 = マルチステータス
    .description = WebDAV：本文は XML 文書で、複数のリソースそれぞれについて個別のステータスを示します。
# 208 Already Reported, RFC 5842 (WebDAV).
http-208 = 報告済み
    .description = WebDAV：このコレクションのメンバーは同じレスポンス内ですでに列挙されているため、繰り返しません。
# 226 IM Used, RFC 3229.
http-226 = IM 適用済み
    .description = サーバーは差分エンコーディングで GET リクエストを処理しました。レスポンスは、現在のリソースにインスタンス操作を適用した結果です。

## 3xx Redirection

# 300 Multiple Choices, RFC 9110 section 15.4.1.
http-300 = 複数の選択肢
    .description = このリソースには複数の表現があり、クライアントまたはユーザーはその中から 1 つを選択できます。
# 301 Moved Permanently, RFC 9110 section 15.4.2.
http-301 = 恒久的な移動
    .description = このリソースは Location ヘッダーで示される新しい恒久的なアドレスに移動しました。リンクはこのアドレスに更新する必要があります。
# 302 Found, RFC 9110 section 15.4.3.
http-302 = 発見
    .description = このリソースは一時的に、Location ヘッダーで示される別のアドレスにあります。クライアントはこれに従う際、一般に POST を GET に切り替えます。
# 303 See Other, RFC 9110 section 15.4.4.
http-303 = 別のリソースを参照
    .description = クライアントは、Location ヘッダーで示される別のリソース（フォーム送信後の結果ページなど）を GET リクエストで取得する必要があります。
# 304 Not Modified, RFC 9110 section 15.4.5.
http-304 = 未更新
    .description = 条件付きの GET または HEAD リクエストでリソースが変更されていないことが判明したため、クライアントはキャッシュ済みのコピーを使用できます。
# 305 Use Proxy, RFC 9110 section 15.4.6. Deprecated; clients ignore it.
http-305 = プロキシを使用
    .description = 非推奨：かつては、クライアントにプロキシ経由でリクエストをやり直すよう求めるものでした。セキュリティ上の理由から、現在のクライアントはこれに従いません。
# 306 (Unused), RFC 9110 section 15.4.7. Formerly Switch Proxy; reserved.
http-306 = プロキシ切り替え（未使用）
    .description = 予約済み：このコードは HTTP の初期のドラフトで使われていたもので、現在は使用されていません。
# 307 Temporary Redirect, RFC 9110 section 15.4.8.
http-307 = 一時的なリダイレクト
    .description = このリソースは一時的に別のアドレスにあり、クライアントは同じメソッドと本文でそのアドレスにリクエストをやり直す必要があります。
# 308 Permanent Redirect, RFC 9110 section 15.4.9.
http-308 = 恒久的なリダイレクト
    .description = このリソースには新しい恒久的なアドレスがあり、クライアントは同じメソッドと本文でそのアドレスにリクエストをやり直す必要があります。

## 4xx Client Error

# 400 Bad Request, RFC 9110 section 15.5.1.
http-400 = 不正なリクエスト
    .description = 構文の誤りや不正なメッセージフレーミングなど、クライアント側のエラーのため、サーバーはリクエストを処理できません。
    .advice = アドレスや送信したフォームの内容をご確認のうえ、もう一度お試しください。
# 401 Unauthorized, RFC 9110 section 15.5.2.
http-401 = 認証が必要
    .description = リクエストに有効な認証情報が含まれていません。認証方法は WWW-Authenticate ヘッダーで示されます。
    .advice = ログインしてから、もう一度お試しください。
# 402 Payment Required, RFC 9110 section 15.5.3. Reserved for future use.
http-402 = 支払いが必要
    .description = 将来の使用のために予約されています。支払いやサブスクリプションが必要な場合に、このコードを返すサービスもあります。
    .advice = このコンテンツの利用には、お支払いまたはご契約が必要な場合があります。
# 403 Forbidden, RFC 9110 section 15.5.4.
http-403 = アクセス禁止
    .description = サーバーはリクエストを理解しましたが、実行を拒否しています。ログインし直しても結果は変わりません。
    .advice = このページを表示する権限がありません。
# 404 Not Found, RFC 9110 section 15.5.5.
http-404 = 未検出
    .description = サーバーはこのアドレスで何も見つけられませんでした。今後見つかるようになるかどうかもわかりません。
    .advice = アドレスに入力ミスがないかご確認いただくか、ホームページに戻ってください。
# 405 Method Not Allowed, RFC 9110 section 15.5.6.
http-405 = 許可されていないメソッド
    .description = このリソースはリクエストメソッドに対応していません。対応しているメソッドは Allow ヘッダーに列挙されています。
    .advice = この操作はここでは利用できません。前のページに戻り、別の方法をお試しください。
# 406 Not Acceptable, RFC 9110 section 15.5.7.
http-406 = 受理不可
    .description = リクエストの Accept 系ヘッダーに合致するリソースの表現が、サーバーにありません。
    .advice = このページは、お使いのブラウザーが受け入れられる形式や言語では提供されていません。
# 407 Proxy Authentication Required, RFC 9110 section 15.5.8.
http-407 = プロキシ認証が必要
    .description = 401 と同様ですが、クライアントはまず Proxy-Authenticate ヘッダーの説明に従って、プロキシで認証を受ける必要があります。
    .advice = ご利用のネットワークのプロキシにログインしてから、もう一度お試しください。
# 408 Request Timeout, RFC 9110 section 15.5.9.
http-408 = リクエストタイムアウト
    .description = サーバーが待機できる時間内にリクエスト全体を受信できなかったため、接続を閉じました。
    .advice = 接続に時間がかかりすぎました。もう一度お試しください。
# 409 Conflict, RFC 9110 section 15.5.10.
http-409 = 競合
    .description = リクエストがリソースの現在の状態と競合しています。たとえば、古いバージョンに基づいて編集した場合です。
    .advice = ほかの方が同時にこの内容を変更した可能性があります。ページを再読み込みして、もう一度お試しください。
# 410 Gone, RFC 9110 section 15.5.11.
http-410 = 消滅
    .description = このリソースは意図的に削除されており、今後も復活しません。このリソースへのリンクは削除する必要があります。
    .advice = このページは完全に削除されました。
# 411 Length Required, RFC 9110 section 15.5.12.
http-411 = 長さが必要
    .description = サーバーは、本文があるのに Content-Length ヘッダーのないリクエストを拒否します。
    .advice = お使いのブラウザーから不完全なリクエストが送信されました。もう一度お試しください。
# 412 Precondition Failed, RFC 9110 section 15.5.13.
http-412 = 前提条件の不成立
    .description = If-Match や If-Unmodified-Since など、リクエストヘッダーの条件がサーバー上で偽と評価されました。
    .advice = ページを読み込んだ後に、内容が変更されました。ページを再読み込みして、もう一度お試しください。
# 413 Content Too Large, RFC 9110 section 15.5.14. Formerly Payload Too Large.
http-413 = 大きすぎるコンテンツ
    .description = リクエストのコンテンツが、サーバーが処理できる、または処理する意思のあるサイズを超えています。
    .advice = 送信されたデータが大きすぎます。より小さいファイルでお試しください。
# 414 URI Too Long, RFC 9110 section 15.5.15.
http-414 = 長すぎる URI
    .description = リクエスト対象の URI が、サーバーが解釈する意思のある長さを超えています。
    .advice = アドレスが長すぎます。アドレスをご確認いただくか、ホームページからやり直してください。
# 415 Unsupported Media Type, RFC 9110 section 15.5.16.
http-415 = サポートされていないメディアタイプ
    .description = Content-Type または Content-Encoding で示されたリクエストのコンテンツ形式に、サーバーが対応していません。
    .advice = この種類のファイルには対応していません。
# 416 Range Not Satisfiable, RFC 9110 section 15.5.17.
http-416 = 範囲外
    .description = リクエストの Range ヘッダーで指定されたどの範囲も、リソースの現在のサイズの範囲と重なっていません。
    .advice = ファイルの要求された部分を取得できません。最初からダウンロードし直してください。
# 417 Expectation Failed, RFC 9110 section 15.5.18.
http-417 = 期待の不成立
    .description = リクエストの Expect ヘッダーで示された期待に、サーバーが応えられません。
    .advice = お使いのブラウザーから、このサーバーでは処理できないリクエストが送信されました。もう一度お試しください。
# 418 (Unused), RFC 9110 section 15.5.19. Reserved after the April Fools' RFC 2324 (I'm a teapot).
http-418 = 私はティーポット（未使用）
    .description = 予約済み：RFC 2324 のエイプリルフールのジョークが広く実装されたため、このコードはほかの用途に使えなくなっています。
    .advice = サーバーは冗談のステータスコードでこのリクエストを断りました。
# 420 Enhance Your Calm. Unofficial: Twitter (the old Search and Trends API), for rate limiting.
http-420 = クールダウンのお願い
    .description = 非公式（初期の Twitter）：クライアントはレート制限を受けています。標準的なサーバーでは代わりに 429 を使用します。
    .advice = 短時間にリクエストが集中しました。少し待ってから、もう一度お試しください。
# 421 Misdirected Request, RFC 9110 section 15.5.20.
http-421 = 誤った宛先へのリクエスト
    .description = この URI スキームとオーソリティに応答するよう構成されていないサーバーにリクエストが届きました。接続の再利用が原因であることがよくあります。
    .advice = もう一度お試しください。問題が解決しない場合は、ブラウザーを再起動してください。
# 422 Unprocessable Content, RFC 9110 section 15.5.21. Formerly Unprocessable Entity.
http-422 = 処理できないコンテンツ
    .description = リクエストの形式は正しいものの、検証エラーなどのため、サーバーはその内容を処理できません。
    .advice = 入力内容の一部が正しくありません。ご確認のうえ、もう一度お試しください。
# 423 Locked, RFC 4918 (WebDAV).
http-423 = ロック中
    .description = WebDAV：リソースがロックされているため、このメソッドを適用できません。
    .advice = ほかの方が作業中のため、この内容はロックされています。しばらくしてから、もう一度お試しください。
# 424 Failed Dependency, RFC 4918 (WebDAV).
http-424 = 依存関係の失敗
    .description = WebDAV：このメソッドが依存する別の操作が失敗したため、実行できませんでした。
    .advice = 関連する処理が失敗したため、リクエストを完了できませんでした。もう一度お試しください。
# 425 Too Early, RFC 8470.
http-425 = 早すぎるリクエスト
    .description = TLS の早期データとして送信されたものなど、リプレイされるおそれのあるリクエストを、サーバーは処理しません。
    .advice = 少し待ってから、もう一度お試しください。
# 426 Upgrade Required, RFC 9110 section 15.5.22.
http-426 = アップグレードが必要
    .description = サーバーは現在のプロトコルでのリクエストを拒否しています。切り替え先のプロトコルは Upgrade ヘッダーで示されます。
    .advice = お使いのブラウザーには、より新しい接続方式が必要です。ブラウザーを更新してから、もう一度お試しください。
# 428 Precondition Required, RFC 6585.
http-428 = 前提条件が必要
    .description = 更新の消失を防ぐため、サーバーは If-Match などを使った条件付きリクエストを求めています。
    .advice = ページを再読み込みして、もう一度お試しください。
# 429 Too Many Requests, RFC 6585.
http-429 = リクエスト過多
    .description = クライアントが一定時間内に送信したリクエストが多すぎます。待つべき時間が Retry-After ヘッダーで示される場合があります。
    .advice = リクエストの回数が多すぎます。少し待ってから、もう一度お試しください。
# 431 Request Header Fields Too Large, RFC 6585.
http-431 = 大きすぎるリクエストヘッダーフィールド
    .description = ヘッダーフィールドの 1 つ、またはすべての合計が大きすぎるため、サーバーはリクエストを拒否しています。
    .advice = ブラウザーでこのサイトのクッキーを削除すると解決する場合があります。その後、もう一度お試しください。
# 440 Login Time-out. Unofficial: Microsoft IIS.
http-440 = ログインのタイムアウト
    .description = 非公式（Microsoft IIS）：クライアントのセッションの有効期限が切れたため、ユーザーは再度ログインする必要があります。
    .advice = ログインの有効期限が切れました。もう一度ログインしてください。
# 444 No Response. Unofficial: nginx, internal only.
http-444 = 応答なし
    .description = 非公式（nginx の内部用）：サーバーはレスポンスを何も送信せずに接続を閉じました。このコードはログにのみ記録され、クライアントには送信されません。
    .advice = サーバーが応答せずに接続を閉じました。しばらくしてから、もう一度お試しください。
# 449 Retry With. Unofficial: Microsoft IIS.
http-449 = 情報を追加して再試行
    .description = 非公式（Microsoft IIS）：リクエストに必要な情報が不足しています。クライアントがその情報を補ったうえで再試行する必要があります。
    .advice = 一部の情報が不足しています。もう一度お試しください。
# 450 Blocked by Windows Parental Controls. Unofficial: Microsoft.
http-450 = Windows ペアレンタルコントロールによるブロック
    .description = 非公式（Microsoft）：Windows のペアレンタルコントロールにより、要求されたページへのアクセスがブロックされました。
    .advice = このコンピューターのペアレンタルコントロールにより、このページはブロックされています。
# 451 Unavailable For Legal Reasons, RFC 7725.
http-451 = 法的理由により利用不可
    .description = 裁判所の命令などの法的な要求により、サーバーはこのリソースへのアクセスを拒否しています。
    .advice = 法的な理由により、このコンテンツはご利用いただけません。
# 494 Request Header Too Large. Unofficial: nginx.
http-494 = 大きすぎるリクエストヘッダー
    .description = 非公式（nginx）：リクエスト、またはそのヘッダー行のいずれかが大きすぎます。431 の前身にあたります。
    .advice = ブラウザーでこのサイトのクッキーを削除すると解決する場合があります。その後、もう一度お試しください。
# 495 SSL Certificate Error. Unofficial: nginx.
http-495 = SSL 証明書エラー
    .description = 非公式（nginx）：TLS クライアント認証のために提示されたクライアント証明書が無効です。
    .advice = お使いのセキュリティ証明書は受け入れられませんでした。サイトの管理者にお問い合わせください。
# 496 SSL Certificate Required. Unofficial: nginx.
http-496 = SSL 証明書が必要
    .description = 非公式（nginx）：サーバーは TLS クライアント証明書を要求していますが、クライアントが提示しませんでした。
    .advice = このサイトでは、お使いのデバイスのセキュリティ証明書が必要です。サイトの管理者にお問い合わせください。
# 497 HTTP Request Sent to HTTPS Port. Unofficial: nginx.
http-497 = HTTPS ポートへの HTTP リクエスト
    .description = 非公式（nginx）：HTTPS を想定しているポートに、暗号化されていない HTTP リクエストが届きました。
    .advice = https:// で始まるアドレスを使って、もう一度お試しください。
# 499 Client Closed Request. Unofficial: nginx, internal only.
http-499 = クライアントによるリクエストの中止
    .description = 非公式（nginx のログで使用）：サーバーがレスポンスを送信する前に、クライアントが接続を閉じました。
    .advice = リクエストが完了する前にキャンセルされました。もう一度お試しください。

## 5xx Server Error

# 500 Internal Server Error, RFC 9110 section 15.6.1.
http-500 = サーバー内部エラー
    .description = サーバーで予期しない状況が発生し、リクエストを処理できませんでした。
    .advice = 当サイト側で問題が発生しました。しばらくしてから、もう一度お試しください。
# 501 Not Implemented, RFC 9110 section 15.6.2.
http-501 = 未実装
    .description = 不明なリクエストメソッドなど、リクエストの処理に必要な機能にサーバーが対応していません。
    .advice = この機能は、このサイトではご利用いただけません。
# 502 Bad Gateway, RFC 9110 section 15.6.3.
http-502 = 不正なゲートウェイ
    .description = ゲートウェイまたはプロキシが、接続先の上流サーバーから無効なレスポンスを受け取りました。
    .advice = サイトが一部のサーバーに接続できない状態です。数分後にもう一度お試しください。
# 503 Service Unavailable, RFC 9110 section 15.6.4.
http-503 = サービス利用不可
    .description = 過負荷やメンテナンスのため、サーバーは現在リクエストを処理できません。再試行できる時期が Retry-After ヘッダーで示される場合があります。
    .advice = サイトは一時的にご利用いただけません。しばらくしてから、もう一度お試しください。
# 504 Gateway Timeout, RFC 9110 section 15.6.5.
http-504 = ゲートウェイタイムアウト
    .description = ゲートウェイまたはプロキシが、上流サーバーから時間内にレスポンスを受け取れませんでした。
    .advice = サイトの応答に時間がかかっています。数分後にもう一度お試しください。
# 505 HTTP Version Not Supported, RFC 9110 section 15.6.6.
http-505 = サポートされていない HTTP バージョン
    .description = リクエストで使われた HTTP のメジャーバージョンに、サーバーが対応していません。
    .advice = お使いのブラウザーの接続方式に、このサーバーは対応していません。ブラウザーを更新してから、もう一度お試しください。
# 506 Variant Also Negotiates, RFC 2295. Experimental.
http-506 = バリアントもネゴシエーションを行う
    .description = サーバーの透過的コンテンツネゴシエーションの設定に誤りがあります。選択されたバリアント自体が、ネゴシエーションを行うように設定されています。
    .advice = サイトの設定に問題があります。しばらくしてから、もう一度お試しください。
# 507 Insufficient Storage, RFC 4918 (WebDAV).
http-507 = ストレージ容量不足
    .description = WebDAV：リクエストの完了に必要なデータを、サーバーが保存できません。
    .advice = サーバーの保存容量が不足しています。しばらくしてから、もう一度お試しください。
# 508 Loop Detected, RFC 5842 (WebDAV).
http-508 = ループを検出
    .description = WebDAV：Depth が無限のバインディングなどで無限ループを検出したため、サーバーは処理を中止しました。
    .advice = リクエストの処理中に、サーバーでループが発生しました。しばらくしてから、もう一度お試しください。
# 509 Bandwidth Limit Exceeded. Unofficial: Apache and cPanel hosting.
http-509 = 帯域幅の上限超過
    .description = 非公式（Apache や cPanel のホスティングで使用）：サイトが、ホスティングプランで許可された帯域幅を使い切りました。
    .advice = このサイトは通信量の上限を超えています。しばらくしてから、もう一度お試しください。
# 510 Not Extended, RFC 2774. Obsoleted: RFC 2774 was moved to Historic.
http-510 = 未拡張
    .description = 廃止：リクエストが HTTP 拡張フレームワークの拡張ポリシーを満たしていません。このフレームワークは現在、歴史的文書に分類されています。
    .advice = サーバーはこのリクエストを処理できませんでした。しばらくしてから、もう一度お試しください。
# 511 Network Authentication Required, RFC 6585.
http-511 = ネットワーク認証が必要
    .description = ネットワークにアクセスするには、クライアントが認証を受ける必要があります。通常は、キャプティブポータルのログインページを使います。
    .advice = 接続中のネットワークに、Wi-Fi のログインページなどからログインしてください。
# 520 Web Server Returned an Unknown Error. Unofficial: Cloudflare.
http-520 = ウェブサーバーからの不明なエラー
    .description = 非公式（Cloudflare）：オリジンサーバーが、空のレスポンス、不明なレスポンス、または予期しないレスポンスを返しました。
    .advice = サイトのサーバーから予期しない応答がありました。数分後にもう一度お試しください。
# 521 Web Server Is Down. Unofficial: Cloudflare.
http-521 = ウェブサーバー停止中
    .description = 非公式（Cloudflare）：オリジンサーバーが接続を拒否しました。
    .advice = 現在、サイトのサーバーに接続できません。しばらくしてから、もう一度お試しください。
# 522 Connection Timed Out. Unofficial: Cloudflare.
http-522 = 接続タイムアウト
    .description = 非公式（Cloudflare）：オリジンサーバーへの TCP 接続がタイムアウトしました。
    .advice = サイトのサーバーの応答に時間がかかりすぎました。しばらくしてから、もう一度お試しください。
# 523 Origin Is Unreachable. Unofficial: Cloudflare.
http-523 = 到達できないオリジン
    .description = 非公式（Cloudflare）：DNS やルーティングの問題などにより、Cloudflare がオリジンサーバーに到達できませんでした。
    .advice = 現在、サイトのサーバーに接続できません。しばらくしてから、もう一度お試しください。
# 524 A Timeout Occurred. Unofficial: Cloudflare.
http-524 = タイムアウトの発生
    .description = 非公式（Cloudflare）：オリジンサーバーへの接続には成功しましたが、時間内に HTTP レスポンスが返されませんでした。
    .advice = サイトのサーバーの応答に時間がかかりすぎました。しばらくしてから、もう一度お試しください。
# 525 SSL Handshake Failed. Unofficial: Cloudflare.
http-525 = SSL ハンドシェイクの失敗
    .description = 非公式（Cloudflare）：Cloudflare とオリジンサーバーとの間の TLS ハンドシェイクに失敗しました。
    .advice = サイトのサーバーとの安全な接続を確立できませんでした。しばらくしてから、もう一度お試しください。
# 526 Invalid SSL Certificate. Unofficial: Cloudflare.
http-526 = 無効な SSL 証明書
    .description = 非公式（Cloudflare）：Cloudflare がオリジンサーバーの TLS 証明書を検証できませんでした。
    .advice = サイトのセキュリティ証明書を確認できませんでした。しばらくしてから、もう一度お試しください。
# 530 Origin DNS Error. Unofficial: Cloudflare, sent together with a Cloudflare 1xxx error.
http-530 = オリジンの DNS エラー
    .description = 非公式（Cloudflare）：Cloudflare の 1xxx エラーと一緒に返されます。多くの場合、オリジンサーバーの DNS 名を解決できないときに発生します。
    .advice = 現在、このサイトに接続できません。しばらくしてから、もう一度お試しください。
# 598 Network Read Timeout Error. Unofficial: a convention of some proxies.
http-598 = ネットワーク読み取りタイムアウトエラー
    .description = 非公式（一部のプロキシの慣例）：上流サーバーからのレスポンスの読み取りがタイムアウトしました。
    .advice = サイトの応答に時間がかかりすぎました。しばらくしてから、もう一度お試しください。
# 599 Network Connect Timeout Error. Unofficial: a convention of some proxies.
http-599 = ネットワーク接続タイムアウトエラー
    .description = 非公式（一部のプロキシの慣例）：上流サーバーへの接続がタイムアウトしました。
    .advice = 時間内にサイトに接続できませんでした。しばらくしてから、もう一度お試しください。
