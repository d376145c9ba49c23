<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>TwinHA console for two-server hot-standby clusters.</source>
        <translation>2 台構成ホットスタンバイクラスタ用 TwinHA コンソール。</translation>
    </message>
    <message>
        <source>Open the cluster profile FILE.</source>
        <translation>クラスタプロファイル FILE を開きます。</translation>
    </message>
    <message>
        <source>Render offscreen, wait for the first full status, save a PNG and exit.</source>
        <translation>オフスクリーンで描画し、最初の完全なステータスを待って PNG を保存し終了します。</translation>
    </message>
    <message>
        <source>Language: zh_CN, ja or en.</source>
        <translation>表示言語：zh_CN、ja、en のいずれか。</translation>
    </message>
    <message>
        <source>Seconds --screenshot waits for both nodes (default 20).</source>
        <translation>--screenshot が両ノードを待つ秒数（既定値 20）。</translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation>デバッグメッセージを標準エラーに出力します。</translation>
    </message>
    <message>
        <source>Unknown language "%1"; use zh_CN, ja or en.</source>
        <translation>不明な言語「%1」です。zh_CN、ja、en のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout には正の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--screenshot needs --cluster FILE.</source>
        <translation>--screenshot には --cluster FILE の指定が必要です。</translation>
    </message>
</context>
<context>
    <name>CtlText</name>
    <message>
        <source>Cluster profile FILE.</source>
        <translation>クラスタプロファイル FILE。</translation>
    </message>
    <message>
        <source>Seconds to wait for the nodes (default 15).</source>
        <translation>ノードを待つ秒数（既定値 15）。</translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation>デバッグメッセージを標準エラーに出力します。</translation>
    </message>
    <message>
        <source>--cluster FILE is required.</source>
        <translation>--cluster FILE の指定が必要です。</translation>
    </message>
    <message>
        <source>Command-line client for TwinHA clusters.

Commands:
  status       both nodes as the console sees them
  watch        one timestamped JSON line per change, until interrupted
  check        the switchover pre-checks (readiness)
  switchover   move a group to the other node, with checks and a confirmation
  events       both nodes' journals, merged by time

Exit codes: 0 success, 1 a node unreachable, 2 usage or profile error, 3 not ready or refused,
4 the operation failed or was rolled back, 5 permission denied (observer).</source>
        <translation>TwinHA クラスタのコマンドラインクライアント。

コマンド：
  status       コンソールから見た両ノードの状態
  watch        変化ごとにタイムスタンプ付き JSON を 1 行出力（中断するまで）
  check        切り替え前チェック（準備状況）
  switchover   チェックと確認の後、グループをもう一方のノードへ切り替え
  events       両ノードのジャーナルを時刻順に統合

終了コード：0 成功、1 接続できないノードあり、2 使い方またはプロファイルの誤り、3 準備未完了または拒否、
4 操作の失敗またはロールバック、5 権限なし（参照のみ）。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりに JSON で出力します。</translation>
    </message>
    <message>
        <source>Resource group (default: the only one).</source>
        <translation>リソースグループ（既定：唯一のグループ）。</translation>
    </message>
    <message>
        <source>Target node (default: the other one).</source>
        <translation>切り替え先ノード（既定：もう一方のノード）。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>確認を求めません。</translation>
    </message>
    <message>
        <source>events: only entries after sequence number SEQ.</source>
        <translation>events：シーケンス番号 SEQ より後のエントリのみ。</translation>
    </message>
    <message>
        <source>events: at most N entries per node (default 100).</source>
        <translation>events：ノードごとに最大 N 件（既定 100）。</translation>
    </message>
    <message>
        <source>status, watch, check, switchover or events</source>
        <translation>status、watch、check、switchover、events のいずれか</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>コマンドが指定されていません。--help を参照してください。</translation>
    </message>
    <message>
        <source>unknown command "%1"; see --help.</source>
        <translation>不明なコマンド「%1」です。--help を参照してください。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The agent could not read a request (%1). Check that console and agent versions match.</source>
        <translation>エージェントが要求を読み取れませんでした（%1）。コンソールとエージェントのバージョンが一致しているか確認してください。</translation>
    </message>
    <message>
        <source>The agent rejected a malformed request (%1).</source>
        <translation>エージェントが不正な形式の要求を拒否しました（%1）。</translation>
    </message>
    <message>
        <source>The agent does not support this operation. Upgrade the agent on this node.</source>
        <translation>エージェントはこの操作に対応していません。このノードのエージェントを更新してください。</translation>
    </message>
    <message>
        <source>The agent rejected the request's parameters (%1).</source>
        <translation>エージェントが要求のパラメーターを拒否しました（%1）。</translation>
    </message>
    <message>
        <source>The agent hit an internal error (%1). See the agent's log on the node.</source>
        <translation>エージェントで内部エラーが発生しました（%1）。ノード上のエージェントのログを確認してください。</translation>
    </message>
    <message>
        <source>Permission denied: this SSH user may observe the cluster but not operate it. Log in as a member of the operators group.</source>
        <translation>権限がありません：この SSH ユーザーはクラスタの参照のみ可能で、操作はできません。operators グループのメンバーとしてログインしてください。</translation>
    </message>
    <message>
        <source>The TwinHA agent service is not running on this node (no answer on %1). Start it with "systemctl start twinha-agent".</source>
        <translation>このノードで TwinHA エージェントサービスが動作していません（%1 から応答なし）。「systemctl start twinha-agent」で起動してください。</translation>
    </message>
    <message>
        <source>The TwinHA agent service on this node stopped during the session. Check "systemctl status twinha-agent"; the console reconnects by itself.</source>
        <translation>セッション中にこのノードの TwinHA エージェントサービスが停止しました。「systemctl status twinha-agent」を確認してください。コンソールは自動的に再接続します。</translation>
    </message>
    <message>
        <source>The agent (version %1) speaks protocol %2, but this console speaks protocol %3. Install matching versions of the console and the agent.</source>
        <translation>エージェント（バージョン %1）のプロトコルは %2 ですが、このコンソールのプロトコルは %3 です。コンソールとエージェントのバージョンを揃えてください。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Check the address, the port and that sshd is running.</source>
        <translation>%1 に接続できません：%2。アドレス、ポート、sshd が動作しているかを確認してください。</translation>
    </message>
    <message>
        <source>No answer from %1 in time. Check that the host is up and that no firewall drops the SSH port.</source>
        <translation>%1 から時間内に応答がありません。ホストが起動しているか、ファイアウォールが SSH ポートを遮断していないか確認してください。</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet (%2 %3). Compare the fingerprint with the server's before trusting it.</source>
        <translation>%1 のホスト鍵はまだ登録されていません（%2 %3）。信頼する前に、サーバー側のフィンガープリントと照合してください。</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has changed (now %2). Someone may be intercepting the connection. Connection refused; if the server was really reinstalled, remove its old key from %3 and verify the new one.</source>
        <translation>警告：%1 のホスト鍵が変更されています（現在 %2）。通信が傍受されている可能性があるため、接続を拒否しました。サーバーを本当に再インストールした場合は、%3 から古い鍵を削除し、新しい鍵を確認してください。</translation>
    </message>
    <message>
        <source>WARNING: %1 offered a %2 host key, but a key of another type is on record. Someone may be intercepting the connection. Connection refused; verify the server's keys before changing %3.</source>
        <translation>警告：%1 が %2 のホスト鍵を提示しましたが、登録済みの鍵は別の種類です。通信が傍受されている可能性があるため、接続を拒否しました。%3 を変更する前にサーバーの鍵を確認してください。</translation>
    </message>
    <message>
        <source>Cannot read the known-hosts file %1. Check that it exists and is readable.</source>
        <translation>known_hosts ファイル %1 を読み込めません。ファイルが存在し、読み取り可能か確認してください。</translation>
    </message>
    <message>
        <source>Authentication as "%1" on %2 failed (server offers: %3). Check the user name and that your key is in the server's authorized_keys.</source>
        <translation>%2 へのユーザー「%1」での認証に失敗しました（サーバーが提供する方式：%3）。ユーザー名と、公開鍵がサーバーの authorized_keys に登録されているかを確認してください。</translation>
    </message>
    <message>
        <source>Cannot load the private key %1. Check the path and its permissions.</source>
        <translation>秘密鍵 %1 を読み込めません。パスとアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>SSH error with %1: %2</source>
        <translation>%1 との SSH エラー：%2</translation>
    </message>
    <message>
        <source>The SSH server on %1 refused to open a session channel: %2</source>
        <translation>%1 の SSH サーバーがセッションチャネルの開設を拒否しました：%2</translation>
    </message>
    <message>
        <source>twinha-agent is not installed on this node (command not found). Install the twinha-agent package there.</source>
        <translation>このノードに twinha-agent がインストールされていません（コマンドが見つかりません）。twinha-agent パッケージをインストールしてください。</translation>
    </message>
    <message>
        <source>The agent session ended (exit status %1). %2</source>
        <translation>エージェントのセッションが終了しました（終了ステータス %1）。%2</translation>
    </message>
    <message>
        <source>The node sent something that is not a TwinHA message (%1). Check that the agent command in the profile is right.</source>
        <translation>ノードから TwinHA のメッセージではないデータが送られてきました（%1）。プロファイルのエージェントコマンドが正しいか確認してください。</translation>
    </message>
    <message>
        <source>The node sent an oversized message (over %1 bytes); it was ignored.</source>
        <translation>ノードから大きすぎるメッセージ（%1 バイト超）が届いたため、無視しました。</translation>
    </message>
    <message>
        <source>The agent did not answer in time. The node may be overloaded.</source>
        <translation>エージェントが時間内に応答しませんでした。ノードが過負荷の可能性があります。</translation>
    </message>
    <message>
        <source>The connection to the node was lost. The console reconnects by itself.</source>
        <translation>ノードとの接続が切れました。コンソールは自動的に再接続します。</translation>
    </message>
    <message>
        <source>Cannot open the cluster profile %1: %2</source>
        <translation>クラスタプロファイル %1 を開けません：%2</translation>
    </message>
    <message>
        <source>The cluster profile %1 is not valid JSON at line %2, column %3: %4</source>
        <translation>クラスタプロファイル %1 の %2 行 %3 列目が正しい JSON ではありません：%4</translation>
    </message>
    <message>
        <source>The cluster profile %1 has a bad field "%2": %3</source>
        <translation>クラスタプロファイル %1 のフィールド「%2」が不正です：%3</translation>
    </message>
    <message>
        <source>Error %1 reported by the agent.</source>
        <translation>エージェントがエラー %1 を報告しました。</translation>
    </message>
    <message>
        <source>Login to %1 was cancelled. Connect again when you have the credentials at hand.</source>
        <translation>%1 へのログインをキャンセルしました。認証情報を用意してから再接続してください。</translation>
    </message>
    <message>
        <source>The host key of %1 was accepted but could not be saved to %2 (%3). Check that the folder is writable.</source>
        <translation>%1 のホスト鍵を受け入れましたが、%2 に保存できませんでした（%3）。フォルダーに書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>The agent cannot read the cluster key %1 (%2). Both nodes need the same key file, mode 0600.</source>
        <translation>エージェントがクラスタ鍵 %1 を読み込めません（%2）。両ノードに同じ鍵ファイル（モード 0600）が必要です。</translation>
    </message>
    <message>
        <source>Heartbeat link %1 cannot listen on %2 (%3). Check that the address belongs to this node and the port is free.</source>
        <translation>ハートビート回線 %1 が %2 で待ち受けできません（%3）。アドレスがこのノードのものか、ポートが空いているか確認してください。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to start (exit status %3). %4</source>
        <translation>グループ %2 のリソース %1 の起動に失敗しました（終了ステータス %3）。%4</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to stop (exit status %3). %4 It may still be running on this node; check it before starting it elsewhere.</source>
        <translation>グループ %2 のリソース %1 の停止に失敗しました（終了ステータス %3）。%4 このノードでまだ動作している可能性があります。他のノードで起動する前に確認してください。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 did not finish "%3" within %4 ms.</source>
        <translation>グループ %2 のリソース %1 が %4 ミリ秒以内に「%3」を完了しませんでした。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 has stopped running.</source>
        <translation>グループ %2 のリソース %1 が停止しています。</translation>
    </message>
    <message>
        <source>The virtual IP %1 already answers on %2, so it was not taken. Find the other holder first.</source>
        <translation>仮想IP %1 は既に %2 上で応答しているため、引き継ぎませんでした。先にもう一方の保持者を特定してください。</translation>
    </message>
    <message>
        <source>The network interface %1 for the virtual IP does not exist on this node.</source>
        <translation>仮想IP用のネットワークインターフェース %1 がこのノードに存在しません。</translation>
    </message>
    <message>
        <source>The systemd unit %1 is not installed on this node.</source>
        <translation>systemd ユニット %1 がこのノードにインストールされていません。</translation>
    </message>
    <message>
        <source>No tiebreaker answers (%1). Without one, automatic takeover is not safe.</source>
        <translation>タイブレーカーが応答しません（%1）。タイブレーカーなしでの自動引き継ぎは安全ではありません。</translation>
    </message>
    <message>
        <source>Replication lag of %1 is %2 s, over the limit of %3 s.</source>
        <translation>%1 のレプリケーション遅延 %2 秒が上限 %3 秒を超えています。</translation>
    </message>
    <message>
        <source>Replication %1 failed to copy to the standby (exit status %2): %3</source>
        <translation>レプリケーション %1 のスタンバイへのコピーに失敗しました（終了ステータス %2）：%3</translation>
    </message>
    <message>
        <source>The replicated folder %1 of %2 does not exist.</source>
        <translation>%2 のレプリケーション対象フォルダー %1 が存在しません。</translation>
    </message>
    <message>
        <source>The standby cannot receive replication %1 on %2: %3</source>
        <translation>スタンバイが %2 でレプリケーション %1 を受信できません：%3</translation>
    </message>
    <message>
        <source>The lag command of replication %1 failed (exit status %2): %3</source>
        <translation>レプリケーション %1 の遅延取得コマンドが失敗しました（終了ステータス %2）：%3</translation>
    </message>
    <message>
        <source>The lag command of replication %1 printed no valid JSON with lag_s: %2</source>
        <translation>レプリケーション %1 の遅延取得コマンドが lag_s を含む正しい JSON を出力しませんでした：%2</translation>
    </message>
    <message>
        <source>Replication %1 could not catch up within %2 ms.</source>
        <translation>レプリケーション %1 が %2 ミリ秒以内に追いつけませんでした。</translation>
    </message>
    <message>
        <source>The agent cannot write its journal %1 (%2). Free disk space on the node; events are kept in memory meanwhile.</source>
        <translation>エージェントがジャーナル %1 に書き込めません（%2）。ノードのディスク容量を空けてください。その間イベントはメモリに保持されます。</translation>
    </message>
    <message>
        <source>The journal was altered: its hash chain breaks at entry %1.</source>
        <translation>ジャーナルが改ざんされています：ハッシュチェーンがエントリ %1 で途切れています。</translation>
    </message>
    <message>
        <source>The passphrase for the private key %1 was wrong three times. Connect again and retype it.</source>
        <translation>秘密鍵 %1 のパスフレーズが 3 回間違っていました。再接続して入力し直してください。</translation>
    </message>
    <message>
        <source>The peer node %1 cannot be heard on any heartbeat link.</source>
        <translation>どのハートビート回線でも相手ノード %1 からの応答がありません。</translation>
    </message>
    <message>
        <source>The peer node %1 did not take up the operation within %2 ms; nothing was changed there.</source>
        <translation>相手ノード %1 が %2 ミリ秒以内に操作を引き受けませんでした。相手側では何も変更されていません。</translation>
    </message>
    <message>
        <source>The two nodes run different configurations (checksum %1 here, %2 on the peer). Copy the same cluster.toml to both nodes.</source>
        <translation>2 つのノードの設定が異なります（このノードのチェックサム %1、相手 %2）。同じ cluster.toml を両ノードにコピーしてください。</translation>
    </message>
    <message>
        <source>Another operation (%1 of group %2, id %3) is still running. Wait for it to finish.</source>
        <translation>別の操作（グループ %2 の %1、ID %3）がまだ実行中です。完了するまでお待ちください。</translation>
    </message>
    <message>
        <source>There is no operation with id %1 on this node.</source>
        <translation>このノードに ID %1 の操作はありません。</translation>
    </message>
    <message>
        <source>Operation %1 is already past its checks (now: %2) and can no longer be cancelled; it finishes or rolls back by itself.</source>
        <translation>操作 %1 は既にチェックを通過しており（現在：%2）、キャンセルできません。自動的に完了またはロールバックします。</translation>
    </message>
    <message>
        <source>Operation %1 was cancelled by %2 before anything was changed.</source>
        <translation>操作 %1 は変更が行われる前に %2 によってキャンセルされました。</translation>
    </message>
    <message>
        <source>Group %1 is not running on %2.</source>
        <translation>グループ %1 は %2 で稼働していません。</translation>
    </message>
    <message>
        <source>Group %1 has failed resources on %2. Repair them first.</source>
        <translation>グループ %1 の %2 上のリソースに障害があります。先に修復してください。</translation>
    </message>
    <message>
        <source>Split-brain: both nodes hold group %1. The node with the older epoch steps down.</source>
        <translation>スプリットブレイン：両ノードがグループ %1 を保持しています。エポックの古いノードが退きます。</translation>
    </message>
    <message>
        <source>No node holds group %1 at the moment.</source>
        <translation>現在グループ %1 を保持しているノードはありません。</translation>
    </message>
    <message>
        <source>Group %1 already runs on %2.</source>
        <translation>グループ %1 は既に %2 で稼働しています。</translation>
    </message>
    <message>
        <source>There is no group named "%1" in this cluster.</source>
        <translation>このクラスタに「%1」という名前のグループはありません。</translation>
    </message>
    <message>
        <source>There is no node named "%1" in this cluster.</source>
        <translation>このクラスタに「%1」という名前のノードはありません。</translation>
    </message>
    <message>
        <source>The agent cannot save its role to %1 (%2), so it changed nothing. Free disk space on the node.</source>
        <translation>エージェントがロールを %1 に保存できないため（%2）、何も変更しませんでした。ノードのディスク容量を空けてください。</translation>
    </message>
    <message>
        <source>The jump host %1 refused to forward the connection to %2: %3. Check AllowTcpForwarding on the jump host and that it can reach the node.</source>
        <translation>踏み台ホスト %1 が %2 への接続の転送を拒否しました：%3。踏み台ホストの AllowTcpForwarding と、ノードへ到達できるかを確認してください。</translation>
    </message>
    <message>
        <source>The agent cannot read its journal %1 (%2); events are kept in memory only. Check the file's permissions and the disk, then restart the agent.</source>
        <translation>エージェントがジャーナル %1 を読み取れません (%2)。イベントはメモリ上にのみ保持されます。ファイルの権限とディスクを確認してから、エージェントを再起動してください。</translation>
    </message>
</context>
<context>
    <name>GuiPrompter</name>
    <message>
        <source>Key passphrase</source>
        <translation>鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>Passphrase for the key %1 (node %2):</source>
        <translation>鍵 %1 のパスフレーズ（ノード %2）：</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH パスワード</translation>
    </message>
    <message>
        <source>Password for %1@%2 (node %3):</source>
        <translation>%1@%2 のパスワード（ノード %3）：</translation>
    </message>
    <message>
        <source>Login to %1</source>
        <translation>%1 へのログイン</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>未登録のホスト鍵</translation>
    </message>
    <message>
        <source>The console has never connected to node %1 (%2:%3) before.</source>
        <translation>コンソールはノード %1（%2:%3）にまだ一度も接続したことがありません。</translation>
    </message>
    <message>
        <source>Its %1 key fingerprint is:

%2

Compare it with the server's own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the server) before you trust it.</source>
        <translation>%1 鍵のフィンガープリント：

%2

信頼する前に、サーバー上で ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub を実行して照合してください。</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>信頼して接続</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>NODE</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>REACH</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>EPOCH</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>クラスタ %1</translation>
    </message>
    <message>
        <source>State: %1. %2</source>
        <translation>状態: %1。%2</translation>
    </message>
    <message>
        <source>Group %1 (%2 → %3): ready for switchover.</source>
        <translation>リソースグループ %1（%2 → %3）: 切り替え可能です。</translation>
    </message>
    <message>
        <source>Group %1: blocked: %2</source>
        <translation>リソースグループ %1: ブロック中: %2</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Starting session…</source>
        <translation>セッション開始中…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>接続不可</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>スタンバイ</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Hot standby</source>
        <translation>ホットスタンバイ</translation>
    </message>
    <message>
        <source>Mutual backup</source>
        <translation>相互バックアップ</translation>
    </message>
    <message>
        <source>Duplex</source>
        <translation>デュプレックス（両系稼働）</translation>
    </message>
    <message>
        <source>Unknown mode</source>
        <translation>不明なモード</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>Stop on the source</source>
        <translation>切り替え元で停止</translation>
    </message>
    <message>
        <source>Final replication</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>引き渡し</translation>
    </message>
    <message>
        <source>Start on the target</source>
        <translation>切り替え先で起動</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>ロールバック済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Handed to the peer</source>
        <translation>相手ノードへ引き渡し済み</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Peer reachable over a heartbeat link</source>
        <translation>ハートビート回線で相手ノードに到達可能</translation>
    </message>
    <message>
        <source>Same configuration on both nodes</source>
        <translation>両ノードの設定が同一</translation>
    </message>
    <message>
        <source>The group has an active node</source>
        <translation>グループにアクティブノードがある</translation>
    </message>
    <message>
        <source>No split-brain</source>
        <translation>スプリットブレインなし</translation>
    </message>
    <message>
        <source>No other operation running</source>
        <translation>他の操作が実行中でない</translation>
    </message>
    <message>
        <source>Group running on the source</source>
        <translation>切り替え元でグループが稼働中</translation>
    </message>
    <message>
        <source>Target node healthy</source>
        <translation>切り替え先ノードが正常</translation>
    </message>
    <message>
        <source>Replication lag of %1 within its limit</source>
        <translation>%1 のレプリケーション遅延が上限以内</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>縮退</translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation>スプリットブレイン</translation>
    </message>
    <message>
        <source>Connecting to the nodes…</source>
        <translation>ノードに接続しています…</translation>
    </message>
    <message>
        <source>The console reaches both nodes, and the nodes hear each other.</source>
        <translation>コンソールは両ノードに到達でき、ノード間のハートビートも正常です。</translation>
    </message>
    <message>
        <source>The console reaches both nodes, but the nodes hear each other on no heartbeat link. Check the heartbeat network between them.</source>
        <translation>コンソールは両ノードに到達できますが、ノード間のハートビートはどのリンクでも届いていません。ノード間のハートビートネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The console cannot reach %1, but its peer still hears it: the problem is between this console and %1, not in the cluster.</source>
        <translation>コンソールから %1 に到達できませんが、相手ノードにはハートビートが届いています。問題はクラスタ内ではなく、このコンソールと %1 の間にあります。</translation>
    </message>
    <message>
        <source>Neither the console nor its peer hears %1: the node or its agent is down.</source>
        <translation>コンソールからも相手ノードからも %1 に到達できません。ノードまたはそのエージェントが停止しています。</translation>
    </message>
    <message>
        <source>Both nodes run a group that may run on one node only (split-brain). Stop it on one node now.</source>
        <translation>1 ノードでしか動かせないリソースグループが両ノードで動いています（スプリットブレイン）。直ちに一方のノードで停止してください。</translation>
    </message>
    <message>
        <source>The console reaches neither node. Check this computer's network and the SSH settings.</source>
        <translation>コンソールからどちらのノードにも到達できません。このコンピューターのネットワークと SSH の設定を確認してください。</translation>
    </message>
</context>
<context>
    <name>twinha::app::CheckCommand</name>
    <message>
        <source>Group %1: %2 → %3</source>
        <translation>グループ %1：%2 → %3</translation>
    </message>
    <message>
        <source>  Stops on %1: %2</source>
        <translation>  %1 で停止：%2</translation>
    </message>
    <message>
        <source>  Starts on %1: %2</source>
        <translation>  %1 で起動：%2</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>準備完了。</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>ブロック中。</translation>
    </message>
    <message>
        <source>no node can be reached.</source>
        <translation>どのノードにも接続できません。</translation>
    </message>
</context>
<context>
    <name>twinha::app::EventsCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation>どのノードにも接続できません。</translation>
    </message>
</context>
<context>
    <name>twinha::app::ScreenshotTaker</name>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に書き込めません。</translation>
    </message>
    <message>
        <source>Timed out waiting for both nodes; the screenshot shows the state at that moment.</source>
        <translation>両ノードの待機がタイムアウトしました。スクリーンショットはその時点の状態です。</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>まだ応答なし</translation>
    </message>
</context>
<context>
    <name>twinha::app::SwitchoverCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation>どのノードにも接続できません。</translation>
    </message>
    <message>
        <source>not on a terminal: add --yes to confirm the switchover.</source>
        <translation>端末ではありません：切り替えを確認するには --yes を付けてください。</translation>
    </message>
    <message>
        <source>Switch group %1 over to %2 now? [y/N]</source>
        <translation>グループ %1 を今すぐ %2 へ切り替えますか？ [y/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no result after 120 s; the agents go on with the operation. Follow it with "twinhactl watch".</source>
        <translation>120 秒経っても結果がありません。エージェントは操作を続行します。「twinhactl watch」で追跡してください。</translation>
    </message>
    <message>
        <source>Operation %1 started.</source>
        <translation>操作 %1 を開始しました。</translation>
    </message>
    <message>
        <source>%1: group %2 on %3. Total %4 ms, service gap %5 ms.</source>
        <translation>%1：グループ %2 は %3 で稼働。合計 %4 ミリ秒、サービス停止 %5 ミリ秒。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::DashboardWidget</name>
    <message>
        <source>No cluster open</source>
        <translation>クラスタが開かれていません</translation>
    </message>
    <message>
        <source>Open a cluster profile with File ▸ Open, or start the console with --cluster FILE.</source>
        <translation>「ファイル ▸ 開く」でクラスタプロファイルを開くか、--cluster FILE を付けてコンソールを起動してください。</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>モード：%1</translation>
    </message>
    <message>
        <source>The console reaches %1 of %2 nodes.</source>
        <translation>コンソールから %2 ノード中 %1 ノードに接続できています。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::MainWindow</name>
    <message>
        <source>Open cluster profile</source>
        <translation>クラスタプロファイルを開く</translation>
    </message>
    <message>
        <source>Cluster profiles (*.json);;All files (*)</source>
        <translation>クラスタプロファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open cluster</source>
        <translation>クラスタを開けません</translation>
    </message>
    <message>
        <source>TwinHA — %1</source>
        <translation>TwinHA — %1</translation>
    </message>
    <message>
        <source>TwinHA</source>
        <translation>TwinHA</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open cluster profile…</source>
        <translation>クラスタプロファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>No cluster open</source>
        <translation>クラスタが開かれていません</translation>
    </message>
    <message>
        <source>%1: %2 of %3 agents connected</source>
        <translation>%1：%3 エージェント中 %2 に接続中</translation>
    </message>
</context>
<context>
    <name>twinha::ui::NodeCard</name>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Console's reach</source>
        <translation>コンソールからの接続</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>エージェントのバージョン</translation>
    </message>
    <message>
        <source>Agent uptime</source>
        <translation>エージェント稼働時間</translation>
    </message>
    <message>
        <source>System uptime</source>
        <translation>システム稼働時間</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>データの経過時間</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>live (%1 s)</source>
        <translation>最新（%1 秒前）</translation>
    </message>
    <message>
        <source>%1 old — last heard from the agent then</source>
        <translation>%1 経過 — それ以降エージェントから応答なし</translation>
    </message>
</context>
</TS>