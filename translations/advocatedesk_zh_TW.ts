<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ad::AccountAdvocatesModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>倡導者</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>倡導歷程</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>貢獻</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Last contribution</source>
        <translation>最近一次貢獻</translation>
    </message>
</context>
<context>
    <name>ad::AccountContributionsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>倡導者</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
</context>
<context>
    <name>ad::AccountWindow</name>
    <message>
        <source>Advocates</source>
        <translation>倡導者</translation>
    </message>
    <message>
        <source>Advocates at this account</source>
        <translation>此帳戶的倡導者</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>貢獻</translation>
    </message>
    <message>
        <source>Contributions by people at this account</source>
        <translation>此帳戶人員的貢獻</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康狀態</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>續約</translation>
    </message>
    <message>
        <source>Account NPS (12 months)</source>
        <translation>帳戶 NPS（12 個月）</translation>
    </message>
    <message>
        <source>This account could not be read.</source>
        <translation>無法讀取此帳戶。</translation>
    </message>
    <message>
        <source>%1 — Advocate Desk</source>
        <translation>%1 — Advocate Desk</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>無負責人</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>負責人：%1</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>自 %1 起成為客戶</translation>
    </message>
    <message>
        <source>Open escalation</source>
        <translation>有未結案的升級問題</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 天後</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>%1 promoters · %2 passives · %3 detractors</source>
        <translation>%1 位推薦者 · %2 位被動者 · %3 位批評者</translation>
    </message>
    <message>
        <source>No answers in 12 months</source>
        <translation>12 個月內沒有回覆</translation>
    </message>
    <message>
        <source>%1 in 12 months · %2 points</source>
        <translation>12 個月內 %1 筆 · %2 點</translation>
    </message>
</context>
<context>
    <name>ad::AdvocateSummary</name>
    <message>
        <source>Review the nomination.</source>
        <translation>審核這項提名。</translation>
    </message>
    <message>
        <source>Decide: cultivate them, or not a fit.</source>
        <translation>做出決定：開始培養，或判定不適合。</translation>
    </message>
    <message>
        <source>Cultivate with touches before inviting them.</source>
        <translation>邀請之前，先以接觸培養關係。</translation>
    </message>
    <message>
        <source>Enrol them once they accept; enrolling needs a reference consent.</source>
        <translation>對方接受後即可加入；加入需要參考推薦同意。</translation>
    </message>
    <message>
        <source>Paused: move the nomination on when the time is right.</source>
        <translation>已暫停：時機合適時再推進這項提名。</translation>
    </message>
    <message>
        <source>They declined; nominate them again if that changes.</source>
        <translation>對方已婉拒；若情況改變可再次提名。</translation>
    </message>
    <message>
        <source>Not a fit for now; nominate them again if that changes.</source>
        <translation>目前不適合；若情況改變可再次提名。</translation>
    </message>
    <message>
        <source>Record their answer to the %1 ask of %2.</source>
        <translation>記錄對方對 %2 的「%1」詢問的回覆。</translation>
    </message>
    <message>
        <source>Nominate them once they could speak for the product.</source>
        <translation>當對方能為產品發聲時，提名對方。</translation>
    </message>
    <message>
        <source>Do not ask now: %1.</source>
        <translation>目前請勿詢問：%1。</translation>
    </message>
    <message>
        <source>Free to be asked: match them to a request.</source>
        <translation>可以詢問：將對方媒合到請求。</translation>
    </message>
</context>
<context>
    <name>ad::AdvocateTableModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Readiness %1 of 100, from the six advocacy signals</source>
        <translation>準備度 %1 / 100，依據六項倡導訊號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>倡導歷程階段</translation>
    </message>
    <message>
        <source>Latest NPS</source>
        <translation>最新 NPS</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>準備度</translation>
    </message>
</context>
<context>
    <name>ad::AdvocatesPage</name>
    <message>
        <source>Advocates</source>
        <translation>倡導者</translation>
    </message>
    <message>
        <source>Search name, email, title, account, story or notes</source>
        <translation>搜尋姓名、電子郵件、職稱、帳戶、故事或備註</translation>
    </message>
    <message>
        <source>Search advocates</source>
        <translation>搜尋倡導者</translation>
    </message>
    <message>
        <source>No advocates yet</source>
        <translation>尚無倡導者</translation>
    </message>
    <message>
        <source>This database is empty. Load a demo programme of 200 advocates to look around — you can start a new database for real work at any time.</source>
        <translation>此資料庫是空的。載入含 200 位倡導者的示範計畫來四處看看 — 您隨時可以為正式工作建立新資料庫。</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>載入示範資料</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>匯入 CSV…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>沒有符合的項目</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <source>1 advocate</source>
        <translation>1 位倡導者</translation>
    </message>
    <message>
        <source>%1 advocates</source>
        <translation>%1 位倡導者</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%2 位中有 %1 位符合</translation>
    </message>
    <message>
        <source>No advocate matches “%1”. Search looks at the start of each word in names, emails, titles, accounts, success stories and notes.</source>
        <translation>沒有倡導者符合「%1」。搜尋會比對姓名、電子郵件、職稱、帳戶、成功故事與備註中每個字詞的開頭。</translation>
    </message>
    <message>
        <source>Open Profile</source>
        <translation>開啟個人檔案</translation>
    </message>
    <message>
        <source>Open Account “%1”</source>
        <translation>開啟帳戶「%1」</translation>
    </message>
</context>
<context>
    <name>ad::AnswerDialog</name>
    <message>
        <source>Record Answer</source>
        <translation>記錄回覆</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <source>Why they declined — it is respected in later matching</source>
        <translation>婉拒的原因 — 之後的媒合會尊重這一點</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>倡導者</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Record answer of %1</source>
        <translation>記錄 %1 的回覆</translation>
    </message>
    <message>
        <source>%1 accepted.</source>
        <translation>%1 已接受。</translation>
    </message>
    <message>
        <source>%1 declined.</source>
        <translation>%1 已婉拒。</translation>
    </message>
</context>
<context>
    <name>ad::AppreciationDialog</name>
    <message>
        <source>Log Appreciation</source>
        <translation>記錄致謝</translation>
    </message>
    <message>
        <source>Not for one contribution</source>
        <translation>不針對單一貢獻</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>For</source>
        <translation>針對</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Log appreciation: %1</source>
        <translation>記錄致謝：%1</translation>
    </message>
    <message>
        <source>Logged the appreciation: %1.</source>
        <translation>已記錄致謝：%1。</translation>
    </message>
</context>
<context>
    <name>ad::AskCap</name>
    <message>
        <source>%1 of %2 asks in %3 days</source>
        <translation>%3 天內已詢問 %1 次，上限 %2 次</translation>
    </message>
</context>
<context>
    <name>ad::Backup</name>
    <message>
        <source>Cannot write the backup “%1”.</source>
        <translation>無法寫入備份「%1」。</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more problems</source>
        <translation>
            <numerusform>%1；另有 %n 個問題</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>無法建立備份資料夾「%1」。</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>未指定備份檔案。</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name for the backup.</source>
        <translation>「%1」是資料夾；請為備份指定檔案名稱。</translation>
    </message>
    <message>
        <source>A backup cannot replace the database or its files: %1</source>
        <translation>備份不能取代資料庫或其檔案：%1</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device or a pipe); give a file name for the backup.</source>
        <translation>「%1」不是一般檔案（是裝置或管道）；請為備份指定檔案名稱。</translation>
    </message>
    <message>
        <source>There is no backup at “%1”.</source>
        <translation>「%1」沒有備份。</translation>
    </message>
    <message>
        <source>“%1” is not an Advocate Desk backup.</source>
        <translation>「%1」不是 Advocate Desk 備份。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Advocate Desk (schema %2; this version understands up to %3).</source>
        <translation>「%1」由較新版本的 Advocate Desk 寫入（結構描述 %2；此版本最多支援 %3）。</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged: %2</source>
        <translation>備份「%1」已損壞：%2</translation>
    </message>
    <message>
        <source>Cannot keep a safety copy of “%1” (%2); nothing was restored.</source>
        <translation>無法保留「%1」的安全副本（%2）；未還原任何內容。</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to “%1”; nothing was restored.</source>
        <translation>無法將備份複製到「%1」旁；未還原任何內容。</translation>
    </message>
    <message>
        <source>Cannot replace “%1” with the backup.</source>
        <translation>無法以備份取代「%1」。</translation>
    </message>
    <message numerus="yes">
        <source>Another program is writing to “%1” and held on for %n s; nothing was restored. Try again when it has finished.</source>
        <translation>
            <numerusform>另一個程式正在寫入「%1」，且已持續 %n 秒；未還原任何內容。請等它完成後再試。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>備份與資料庫是同一個檔案。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
    <message>
        <source>Cannot read the backup “%1”; nothing was restored.</source>
        <translation>無法讀取備份「%1」；未還原任何內容。</translation>
    </message>
    <message>
        <source>Cannot restore into “%1”: %2; nothing was restored.</source>
        <translation>無法還原至「%1」：%2；未還原任何內容。</translation>
    </message>
    <message>
        <source>Backing up to “%1” failed</source>
        <translation>備份至「%1」失敗</translation>
    </message>
    <message>
        <source>Cannot write a backup into “%1”.</source>
        <translation>無法將備份寫入「%1」。</translation>
    </message>
    <message>
        <source>“%1” is on a server, which has no backups folder: write a local snapshot with a file name instead (backup --out FILE.sqlite), or back the server up with pg_dump.</source>
        <translation>「%1」位於伺服器上，伺服器沒有備份資料夾：請改以檔案名稱寫出本機快照（backup --out FILE.sqlite），或以 pg_dump 備份伺服器。</translation>
    </message>
</context>
<context>
    <name>ad::BoardColumnWidget</name>
    <message>
        <source>Collapse this column</source>
        <translation>收合此欄</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>收合 %1</translation>
    </message>
    <message>
        <source>Set Soft Limit…</source>
        <translation>設定軟性上限…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>ARR %1</source>
        <translation>ARR %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Over the soft limit of %1 cards</source>
        <translation>超過 %1 張卡片的軟性上限</translation>
    </message>
    <message>
        <source>Soft Limit</source>
        <translation>軟性上限</translation>
    </message>
    <message>
        <source>Warn when “%1” holds more cards than (0: no limit):</source>
        <translation>當「%1」的卡片多於此數量時發出警告（0：無上限）：</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
</context>
<context>
    <name>ad::BoardFilterBar</name>
    <message>
        <source>Filter cards</source>
        <translation>篩選卡片</translation>
    </message>
    <message>
        <source>Filter cards by text</source>
        <translation>依文字篩選卡片</translation>
    </message>
    <message>
        <source>Owner CSM</source>
        <translation>負責 CSM</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>市場區隔</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除篩選條件</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有負責人</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有市場區隔</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>所有產業</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地區</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有等級</translation>
    </message>
</context>
<context>
    <name>ad::BoardModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2, %3 tier, readiness %4</source>
        <translation>%1，%2，%3 等級，準備度 %4</translation>
    </message>
    <message>
        <source>There is no such column.</source>
        <translation>沒有這個欄。</translation>
    </message>
</context>
<context>
    <name>ad::BoardPage</name>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Why move this card to “%1”? (optional)</source>
        <translation>為什麼將此卡片移到「%1」？（選填）</translation>
    </message>
    <message>
        <source>Why move these %1 cards to “%2”? (optional)</source>
        <translation>為什麼將這 %1 張卡片移到「%2」？（選填）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Move %1 cards to %2</source>
        <translation>將 %1 張卡片移到 %2</translation>
    </message>
    <message>
        <source>Not moved to “%1”. %2</source>
        <translation>未移到「%1」。%2</translation>
    </message>
    <message>
        <source>Nomination pipeline board</source>
        <translation>提名流程看板</translation>
    </message>
    <message>
        <source>Advocacy journey board</source>
        <translation>倡導歷程看板</translation>
    </message>
</context>
<context>
    <name>ad::BoardView</name>
    <message>
        <source>Open Profile</source>
        <translation>開啟個人檔案</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>移到</translation>
    </message>
</context>
<context>
    <name>ad::CardDelegate</name>
    <message>
        <source>R %1</source>
        <translation>R %1</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Ask cap</source>
        <translation>詢問上限</translation>
    </message>
    <message>
        <source>Thank-you due</source>
        <translation>待致謝</translation>
    </message>
</context>
<context>
    <name>ad::CaseStudyExportDialog</name>
    <message>
        <source>Export Case Studies</source>
        <translation>匯出案例研究</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任何</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>市場區隔</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV（試算表）</translation>
    </message>
    <message>
        <source>JSON (web and scripts)</source>
        <translation>JSON（網頁與指令碼）</translation>
    </message>
    <message>
        <source>PDF (to share and print)</source>
        <translation>PDF（分享與列印）</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>產業(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地區(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>市場區隔(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>產品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>等級(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Only advocates with a current consent to publish are exported, and only the assets (name, logo, quote, case study) they consented to.</source>
        <translation>只會匯出目前有公開同意的倡導者，且只包含他們同意的素材（姓名、標誌、引言、案例研究）。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n advocates to %1.</source>
        <translation>
            <numerusform>已將 %n 位倡導者匯出至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>List advocates without a current consent anonymously instead of leaving them out</source>
        <translation>將沒有目前有效同意的倡導者以匿名方式列出，而不是略過他們</translation>
    </message>
    <message numerus="yes">
        <source>%n advocates will be exported:</source>
        <translation>
            <numerusform>將匯出 %n 位倡導者：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named</source>
        <translation>
            <numerusform>%n 位具名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous</source>
        <translation>
            <numerusform>%n 位匿名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n quotes or stories say “the customer” or describe the company instead of naming them)</source>
        <translation>
            <numerusform>（%n 則引言或故事以「該客戶」稱呼或描述公司，而不指名）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n without a current consent to publish.</source>
        <translation>
            <numerusform>未列入：%n 位沒有有效的發布同意。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n case-study links that name someone not named in the list.</source>
        <translation>
            <numerusform>未列入：%n 個指名了清單中未具名者的案例研究連結。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::CaseStudyPdf</name>
    <message>
        <source>Customer Case Studies</source>
        <translation>客戶案例研究</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>篩選條件：%1</translation>
    </message>
    <message>
        <source>No advocate matches these filters with a current consent.</source>
        <translation>沒有倡導者符合這些篩選條件且有目前有效的同意。</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>市場區隔</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Anonymous advocate</source>
        <translation>匿名倡導者</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
</context>
<context>
    <name>ad::CaseStudyRedaction</name>
    <message>
        <source>a %1 company in %2</source>
        <translation>%2的一家%1公司</translation>
    </message>
    <message>
        <source>a %1 company</source>
        <translation>一家%1公司</translation>
    </message>
    <message>
        <source>a company in %1</source>
        <translation>%1的一家公司</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>一位客戶</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>該客戶</translation>
    </message>
</context>
<context>
    <name>ad::ChartLook</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>ad::Cli</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>提名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>接觸</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>貢獻</translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation>致謝</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1（至 %2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>自 %2 起為 %1</translation>
    </message>
    <message>
        <source>not nominated</source>
        <translation>未提名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>倡導歷程階段</translation>
    </message>
    <message>
        <source>Latest NPS</source>
        <translation>最新 NPS</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>準備度</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation>時間軸（最新的在前）</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>尚無內容。</translation>
    </message>
    <message>
        <source>ADVOCATEDESK_NOW is “%1”, not an ISO 8601 date-time such as 2026-06-15T12:00:00Z.</source>
        <translation>ADVOCATEDESK_NOW 為「%1」，不是 ISO 8601 日期時間，例如 2026-06-15T12:00:00Z。</translation>
    </message>
    <message>
        <source>There is no database at “%1”. Create one with &apos;%2 init&apos;.</source>
        <translation>「%1」沒有資料庫。請使用「%2 init」建立一個。</translation>
    </message>
    <message>
        <source>No advocate with the email “%1”.</source>
        <translation>沒有電子郵件為「%1」的倡導者。</translation>
    </message>
    <message>
        <source>Run &apos;%1 help&apos; for the list of commands.</source>
        <translation>執行「%1 help」以查看指令清單。</translation>
    </message>
    <message>
        <source>Run &apos;%1 help %2&apos;.</source>
        <translation>執行「%1 help %2」。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON instead of text.</source>
        <translation>輸出機器可讀的 JSON 而非文字。</translation>
    </message>
    <message>
        <source>Create an empty database.</source>
        <translation>建立空白資料庫。</translation>
    </message>
    <message>
        <source>Creates the database file, readable by its owner only. A file that is already an Advocate Desk database is left as it is.</source>
        <translation>建立資料庫檔案，僅擁有者可讀取。已是 Advocate Desk 資料庫的檔案會保持原樣。</translation>
    </message>
    <message>
        <source>How many advocates to create (at least 1).</source>
        <translation>要建立多少位倡導者（至少 1 位）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed and ADVOCATEDESK_NOW give the same data (default 42).</source>
        <translation>亂數種子；相同的種子與 ADVOCATEDESK_NOW 會產生相同的資料（預設 42）。</translation>
    </message>
    <message>
        <source>Fill with a deterministic, believable programme.</source>
        <translation>填入一個確定性且逼真的計畫。</translation>
    </message>
    <message>
        <source>Only an empty database is filled; one that already holds advocates is refused and left unchanged.</source>
        <translation>只會填入空白資料庫；已有倡導者的資料庫會被拒絕並保持不變。</translation>
    </message>
    <message>
        <source>Check integrity and schema version.</source>
        <translation>檢查完整性與結構描述版本。</translation>
    </message>
    <message>
        <source>Exits with status 1 when a problem is found.</source>
        <translation>發現問題時以狀態 1 結束。</translation>
    </message>
    <message>
        <source>Count the rows of every entity.</source>
        <translation>計算每種實體的列數。</translation>
    </message>
    <message>
        <source>Show at most N matches (default 50).</source>
        <translation>最多顯示 N 筆符合項目（預設 50）。</translation>
    </message>
    <message>
        <source>Full-text search over advocates.</source>
        <translation>全文搜尋倡導者。</translation>
    </message>
    <message>
        <source>Every word matches as a prefix of a name, email, title, account, success story or note; best matches first.</source>
        <translation>每個字詞都會比對姓名、電子郵件、職稱、帳戶、成功故事或備註的字首；最符合的排在最前。</translation>
    </message>
    <message>
        <source>One advocate, with timeline.</source>
        <translation>單一倡導者，含時間軸。</translation>
    </message>
    <message>
        <source>Shows the advocate&apos;s profile and everything that happened with them, newest first.</source>
        <translation>顯示倡導者的個人檔案與其所有相關事件，最新的在前。</translation>
    </message>
    <message>
        <source>Why this customer could speak for the product.</source>
        <translation>為什麼這位客戶能為產品發聲。</translation>
    </message>
    <message>
        <source>Put an advocate into the nomination pipeline.</source>
        <translation>將倡導者加入提名流程。</translation>
    </message>
    <message>
        <source>Prints the id of the nomination.</source>
        <translation>輸出提名的 ID。</translation>
    </message>
    <message>
        <source>The activity asked for, by name (&quot;Reference call&quot;).</source>
        <translation>所請求的活動，依名稱（&quot;Reference call&quot;）。</translation>
    </message>
    <message>
        <source>The prospect&apos;s industry.</source>
        <translation>潛在客戶的產業。</translation>
    </message>
    <message>
        <source>smb, mid_market or enterprise.</source>
        <translation>smb、mid_market 或 enterprise。</translation>
    </message>
    <message>
        <source>The prospect&apos;s region.</source>
        <translation>潛在客戶的地區。</translation>
    </message>
    <message>
        <source>The product the deal is about.</source>
        <translation>交易相關的產品。</translation>
    </message>
    <message>
        <source>When the reference is needed (YYYY-MM-DD).</source>
        <translation>需要參考推薦的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Who in sales or marketing asked.</source>
        <translation>提出請求的業務或行銷人員。</translation>
    </message>
    <message>
        <source>The deal or opportunity.</source>
        <translation>交易或商機。</translation>
    </message>
    <message>
        <source>Log a sales ask; prints its id.</source>
        <translation>記錄業務詢問；輸出其 ID。</translation>
    </message>
    <message>
        <source>Eligible advocates ranked, each with why; excluded ones, each with its reason.</source>
        <translation>依排名列出符合資格的倡導者及其原因；被排除者各附原因。</translation>
    </message>
    <message>
        <source>Only enrolled advocates are considered. --json prints {&quot;candidates&quot;: [{&quot;email&quot;, &quot;score&quot;, &quot;why&quot;}], &quot;excluded&quot;: [{&quot;email&quot;, &quot;reason&quot;}]}.</source>
        <translation>只考慮已加入的倡導者。--json 會輸出 {&quot;candidates&quot;: [{&quot;email&quot;, &quot;score&quot;, &quot;why&quot;}], &quot;excluded&quot;: [{&quot;email&quot;, &quot;reason&quot;}]}。</translation>
    </message>
    <message>
        <source>Record that this advocate was asked.</source>
        <translation>記錄已詢問此倡導者。</translation>
    </message>
    <message>
        <source>Refused when ask protection excludes the advocate (see &apos;request match&apos;). Prints the id of the ask.</source>
        <translation>若詢問保護排除了此倡導者則會拒絕（見「request match」）。輸出詢問的 ID。</translation>
    </message>
    <message>
        <source>Why, for a decline.</source>
        <translation>婉拒的原因。</translation>
    </message>
    <message>
        <source>Record the advocate&apos;s answer to an ask.</source>
        <translation>記錄倡導者對詢問的回覆。</translation>
    </message>
    <message>
        <source>A decline blocks the same activity type for this advocate for a while.</source>
        <translation>婉拒會在一段時間內阻止對此倡導者詢問相同的活動類型。</translation>
    </message>
    <message>
        <source>Only what this CSM&apos;s advocates are owed.</source>
        <translation>只列出此 CSM 的倡導者應得的事項。</translation>
    </message>
    <message>
        <source>Follow-up debt and what needs doing.</source>
        <translation>待跟進事項與需要完成的工作。</translation>
    </message>
    <message>
        <source>First day of the range (YYYY-MM-DD).</source>
        <translation>範圍的第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Last day of the range (default: today).</source>
        <translation>範圍的最後一天（預設：今天）。</translation>
    </message>
    <message>
        <source>Only this CSM&apos;s advocates and accounts.</source>
        <translation>只包含此 CSM 的倡導者與帳戶。</translation>
    </message>
    <message>
        <source>Programme KPIs.</source>
        <translation>計畫 KPI。</translation>
    </message>
    <message>
        <source>NPS and its trend, journey funnel, nomination pipeline, tiers, participation, contributions, ask load and fatigue, referrals, reference-influenced revenue, reference coverage, retention and follow-up debt. The range defaults to the last 365 days ending today. --json prints one object keyed by KPI name.</source>
        <translation>NPS 及其趨勢、倡導歷程漏斗、提名流程、等級、參與度、貢獻、詢問負荷與疲勞、轉介、受參考推薦影響的營收、參考推薦涵蓋率、留存率與待跟進事項。範圍預設為截至今天的最近 365 天。--json 會輸出一個以 KPI 名稱為鍵的物件。</translation>
    </message>
    <message>
        <source>How columns map to fields: matched by header (default), a CRM export preset, or a JSON file {&quot;columns&quot;: {&quot;Header&quot;: &quot;field&quot;}}.</source>
        <translation>欄位對應方式：依標題比對（預設）、CRM 匯出預設集，或 JSON 檔案 {&quot;columns&quot;: {&quot;Header&quot;: &quot;field&quot;}}。</translation>
    </message>
    <message>
        <source>What to do with a row already in the database (default: refuse the file).</source>
        <translation>如何處理資料庫中已存在的列（預設：拒絕此檔案）。</translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation>檢查檔案並說明會有哪些變更；不寫入任何內容。</translation>
    </message>
    <message>
        <source>Import a CSV file of accounts, advocates, nps, purchases or contributions.</source>
        <translation>匯入帳戶、倡導者、NPS、購買或貢獻的 CSV 檔案。</translation>
    </message>
    <message>
        <source>The file format.</source>
        <translation>檔案格式。</translation>
    </message>
    <message>
        <source>Only accounts in this industry.</source>
        <translation>只包含此產業的帳戶。</translation>
    </message>
    <message>
        <source>Only accounts in this region.</source>
        <translation>只包含此地區的帳戶。</translation>
    </message>
    <message>
        <source>Only this segment: smb, mid_market or enterprise.</source>
        <translation>只包含此市場區隔：smb、mid_market 或 enterprise。</translation>
    </message>
    <message>
        <source>Only accounts using this product.</source>
        <translation>只包含使用此產品的帳戶。</translation>
    </message>
    <message>
        <source>Only this tier: community, silver, gold or vip.</source>
        <translation>只包含此等級：community、silver、gold 或 vip。</translation>
    </message>
    <message>
        <source>Export the case-study list for marketing and sales.</source>
        <translation>為行銷與業務匯出案例研究清單。</translation>
    </message>
    <message>
        <source>Lists advocates with a current name, logo, quote or case-study consent, showing only what each consent allows. CSV cells that a spreadsheet would run as formulas are prefixed with an apostrophe. The file is readable by its owner only.</source>
        <translation>列出目前有姓名、標誌、引言或案例研究同意的倡導者，且只顯示每項同意所允許的內容。試算表會當作公式執行的 CSV 儲存格會加上撇號前綴。此檔案僅擁有者可讀取。</translation>
    </message>
    <message>
        <source>Export everything held on one person, as JSON.</source>
        <translation>將某人的所有資料匯出為 JSON。</translation>
    </message>
    <message>
        <source>For a subject access request: the advocate, consents, notes, NPS, touches, contributions, appreciation, asks, referrals, feedback and audit events. The file is readable by its owner only.</source>
        <translation>用於資料主體存取請求：倡導者、同意、備註、NPS、接觸、貢獻、致謝、詢問、轉介、意見回饋與稽核事件。此檔案僅擁有者可讀取。</translation>
    </message>
    <message>
        <source>Confirm: erasing cannot be undone.</source>
        <translation>確認：清除後無法復原。</translation>
    </message>
    <message>
        <source>Erase one person completely.</source>
        <translation>完全清除一個人。</translation>
    </message>
    <message>
        <source>Every row, not only the changes since the last export.</source>
        <translation>所有列，而不只是自上次匯出以來的變更。</translation>
    </message>
    <message>
        <source>Write the changes since the last export as a sync bundle.</source>
        <translation>將自上次匯出以來的變更寫成同步套件。</translation>
    </message>
    <message>
        <source>A versioned JSON file (docs/sync-bundle.schema.json) for a colleague&apos;s sync-import, readable by its owner only.</source>
        <translation>有版本的 JSON 檔案（docs/sync-bundle.schema.json），供同事以 sync-import 匯入，僅擁有者可讀取。</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s sync bundle.</source>
        <translation>合併同事的同步套件。</translation>
    </message>
    <message>
        <source>Show the commands, or how to use one.</source>
        <translation>顯示指令，或某個指令的用法。</translation>
    </message>
    <message>
        <source>“%1” is not a subcommand of “%2”.</source>
        <translation>「%1」不是「%2」的子指令。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知的指令「%1」。</translation>
    </message>
    <message>
        <source>“%1” takes no value.</source>
        <translation>「%1」不接受值。</translation>
    </message>
    <message>
        <source>“%1” needs a value (%2).</source>
        <translation>「%1」需要一個值（%2）。</translation>
    </message>
    <message>
        <source>Unknown option “%1” for “%2”.</source>
        <translation>「%2」沒有選項「%1」。</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>未知的選項「%1」。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定指令。</translation>
    </message>
    <message>
        <source>“%1” needs a subcommand.</source>
        <translation>「%1」需要子指令。</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>「%1」需要 %2。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” for “%2”.</source>
        <translation>「%2」有非預期的引數「%1」。</translation>
    </message>
    <message>
        <source>“%1” needs %2 %3.</source>
        <translation>「%1」需要 %2 %3。</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>沒有到期的事項。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n advocates to %1.</source>
        <translation>
            <numerusform>已將 %n 位倡導者匯出至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: %1 [--database PATH] %2</source>
        <translation>用法：%1 [--database PATH] %2</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>資料庫檔案（預設：%1）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>顯示此說明。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>顯示版本。</translation>
    </message>
    <message>
        <source>Run a customer advocacy programme from scripts, on the same data as Advocate Desk.</source>
        <translation>從指令碼經營客戶倡導計畫，使用與 Advocate Desk 相同的資料。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>全域選項（可放在指令之前或之後）：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境變數：</translation>
    </message>
    <message>
        <source>Pin the current time (ISO 8601, e.g. 2026-06-15T12:00:00Z).</source>
        <translation>固定目前時間（ISO 8601，例如 2026-06-15T12:00:00Z）。</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 the input or the data was refused (nothing written), 2 usage error.</source>
        <translation>結束狀態：0 成功，1 輸入或資料被拒絕（未寫入任何內容），2 用法錯誤。</translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; for more about one command.</source>
        <translation>執行「%1 help COMMAND」以了解某個指令的詳細資訊。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>選項：</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子指令：</translation>
    </message>
    <message>
        <source>Would import %1: %2 new, %3 updated, %4 skipped.</source>
        <translation>將匯入 %1：%2 筆新增、%3 筆更新、%4 筆略過。</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 skipped.</source>
        <translation>已匯入 %1：%2 筆新增、%3 筆更新、%4 筆略過。</translation>
    </message>
    <message numerus="yes">
        <source>%n new accounts would be created.</source>
        <translation>
            <numerusform>將建立 %n 個新帳戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new accounts created.</source>
        <translation>
            <numerusform>已建立 %n 個新帳戶。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not something to import; use one of: %2.</source>
        <translation>「%1」不是可匯入的項目；請使用下列其中之一：%2。</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip or update, not “%1”.</source>
        <translation>--on-duplicate 接受 skip 或 update，而不是「%1」。</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… 以及另外 %1 項。</translation>
    </message>
    <message>
        <source>Created a demo programme (seed %1).</source>
        <translation>已建立示範計畫（種子 %1）。</translation>
    </message>
    <message>
        <source>Created a demo programme (seed %1): %2 accounts, %3 advocates, %4 nominations, %5 NPS responses, %6 contributions, %7 requests.</source>
        <translation>已建立示範計畫（種子 %1）：%2 個帳戶、%3 位倡導者、%4 筆提名、%5 筆 NPS 回覆、%6 筆貢獻、%7 筆請求。</translation>
    </message>
    <message>
        <source>“%1” is already an Advocate Desk database (schema %2).</source>
        <translation>「%1」已是 Advocate Desk 資料庫（結構描述 %2）。</translation>
    </message>
    <message>
        <source>Created an empty Advocate Desk database at “%1” (schema %2).</source>
        <translation>已在「%1」建立空白的 Advocate Desk 資料庫（結構描述 %2）。</translation>
    </message>
    <message>
        <source>--advocates needs a whole number of at least 1, not “%1”.</source>
        <translation>--advocates 需要至少為 1 的整數，而不是「%1」。</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not “%1”.</source>
        <translation>--seed 需要 0 或以上的整數，而不是「%1」。</translation>
    </message>
    <message>
        <source>Generating demo data… %1%</source>
        <translation>正在產生示範資料… %1%</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version writes %2)</source>
        <translation>結構描述版本：%1（此版本寫入 %2）</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problems</source>
        <translation>
            <numerusform>完整性：%n 個問題</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problems.</source>
        <translation>
            <numerusform>資料庫有 %n 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>promoters / passives / detractors</source>
        <translation>推薦者 / 被動者 / 批評者</translation>
    </message>
    <message>
        <source>Journey funnel</source>
        <translation>倡導歷程漏斗</translation>
    </message>
    <message>
        <source>Nomination pipeline</source>
        <translation>提名流程</translation>
    </message>
    <message>
        <source>%1 (median %2 days)</source>
        <translation>%1（中位數 %2 天）</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>參與度</translation>
    </message>
    <message>
        <source>%1 of %2 advocates</source>
        <translation>%2 位倡導者中的 %1 位</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>貢獻</translation>
    </message>
    <message>
        <source>Ask load</source>
        <translation>詢問負荷</translation>
    </message>
    <message>
        <source>advocates asked 0 / 1 / 2 / 3+ times</source>
        <translation>被詢問 0 / 1 / 2 / 3 次以上的倡導者</translation>
    </message>
    <message>
        <source>fatigued (at the ask cap)</source>
        <translation>疲勞（已達詢問上限）</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>轉介</translation>
    </message>
    <message>
        <source>won / all (won value)</source>
        <translation>成交 / 全部（成交金額）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>reference-influenced revenue</source>
        <translation>受參考推薦影響的營收</translation>
    </message>
    <message>
        <source>win rate with a reference</source>
        <translation>有參考推薦時的贏單率</translation>
    </message>
    <message>
        <source>win rate without a reference</source>
        <translation>無參考推薦時的贏單率</translation>
    </message>
    <message>
        <source>Reference coverage</source>
        <translation>參考推薦涵蓋率</translation>
    </message>
    <message>
        <source>%1 of %2 open requests</source>
        <translation>%2 筆未結請求中的 %1 筆</translation>
    </message>
    <message>
        <source>median days to fulfil</source>
        <translation>完成所需天數中位數</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>advocate accounts</source>
        <translation>倡導者帳戶</translation>
    </message>
    <message>
        <source>non-advocate accounts</source>
        <translation>非倡導者帳戶</translation>
    </message>
    <message>
        <source>Follow-up debt</source>
        <translation>待跟進事項</translation>
    </message>
    <message>
        <source>%1 needs a date such as 2026-07-01, not “%2”.</source>
        <translation>%1 需要像 2026-07-01 這樣的日期，而不是「%2」。</translation>
    </message>
    <message>
        <source>KPIs from %1 to %2</source>
        <translation>%1 至 %2 的 KPI</translation>
    </message>
    <message>
        <source>Wrote everything held on %1 to %2.</source>
        <translation>已將 %1 的所有資料寫入 %2。</translation>
    </message>
    <message>
        <source>Erasing a person cannot be undone; add --yes to confirm.</source>
        <translation>清除個人資料後無法復原；請加上 --yes 以確認。</translation>
    </message>
    <message>
        <source>Erased %1. Rows deleted: %2; texts scrubbed elsewhere: %3.</source>
        <translation>已清除 %1。刪除的列：%2；其他地方清除的文字：%3。</translation>
    </message>
    <message>
        <source>--segment is smb, mid_market or enterprise, not “%1”.</source>
        <translation>--segment 為 smb、mid_market 或 enterprise，而不是「%1」。</translation>
    </message>
    <message>
        <source>--needed-by needs a date such as 2026-07-01, not “%1”.</source>
        <translation>--needed-by 需要像 2026-07-01 這樣的日期，而不是「%1」。</translation>
    </message>
    <message>
        <source>There is no activity type “%1”.</source>
        <translation>沒有活動類型「%1」。</translation>
    </message>
    <message>
        <source>Candidates (%1):</source>
        <translation>候選人（%1）：</translation>
    </message>
    <message>
        <source>Excluded (%1):</source>
        <translation>已排除（%1）：</translation>
    </message>
    <message>
        <source>The answer is “accepted” or “declined”, not “%1”.</source>
        <translation>回覆為「accepted」或「declined」，而不是「%1」。</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1, not “%1”.</source>
        <translation>--limit 需要至少為 1 的整數，而不是「%1」。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote all %n rows to %1.</source>
        <translation>
            <numerusform>已將全部 %n 列寫入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows changed since %1 to %2.</source>
        <translation>
            <numerusform>已將自 %1 以來變更的 %n 列寫入 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged the bundle from %1: %2 new, %3 updated, %4 unchanged, %5 kept (ours newer), %n conflicts.</source>
        <translation>
            <numerusform>已合併來自 %1 的套件：%2 筆新增、%3 筆更新、%4 筆未變更、%5 筆保留（我方較新）、%n 筆衝突。</numerusform>
        </translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>一位同事</translation>
    </message>
    <message numerus="yes">
        <source>People erased on request there and erased here too: %n.</source>
        <translation>
            <numerusform>在對方依要求清除、此處也一併清除的人數：%n。</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: %1 %2 (here %3, bundle %4): %5</source>
        <translation>衝突：%1 %2（此處 %3，套件 %4）：%5</translation>
    </message>
    <message>
        <source>Backed up “%1” to “%2”.</source>
        <translation>已將「%1」備份到「%2」。</translation>
    </message>
    <message numerus="yes">
        <source>Backed up “%1” to “%2” (the newest %n backups there are kept).</source>
        <translation>
            <numerusform>已將「%1」備份到「%2」（該處保留最新的 %n 份備份）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”.</source>
        <translation>已從「%2」還原「%1」。</translation>
    </message>
    <message>
        <source>The replaced file was kept as “%1”.</source>
        <translation>被取代的檔案已保留為「%1」。</translation>
    </message>
    <message>
        <source>Benchmark datasets: one account per five advocates, exactly ten contributions and touches and three NPS responses per advocate.</source>
        <translation>基準測試資料集：每五位倡導者一個帳戶，每位倡導者恰好十筆貢獻、十次接觸與三筆 NPS 回覆。</translation>
    </message>
    <message>
        <source>The programme report as a PDF.</source>
        <translation>以 PDF 格式輸出的計畫報告。</translation>
    </message>
    <message>
        <source>Title, range and filters, a table of every KPI beside the same-length period before, then the dashboard&apos;s charts: the document the dashboard&apos;s Export Report writes. The range defaults to the last 365 days ending today.</source>
        <translation>標題、範圍與篩選條件、每項 KPI 與前一個等長期間並列的表格，接著是儀表板的圖表：即儀表板「匯出報告」所寫出的文件。範圍預設為截至今天的最近 365 天。</translation>
    </message>
    <message>
        <source>Import the rows without errors and leave the others out (default: refuse the whole file).</source>
        <translation>匯入沒有錯誤的列，略過其他列（預設：拒絕整個檔案）。</translation>
    </message>
    <message>
        <source>Reads UTF-8, UTF-16 or Windows-1252 text separated by commas, semicolons or tabs. All or nothing: any row error is printed as FILE:ROW: field: message and nothing is written, unless --skip-bad-rows is given. An advocate naming an account that does not exist creates it.</source>
        <translation>讀取以逗號、分號或定位字元分隔的 UTF-8、UTF-16 或 Windows-1252 文字。全有或全無：任何列錯誤都會以 FILE:ROW: field: message 的格式輸出，且不寫入任何內容，除非指定 --skip-bad-rows。倡導者所屬的帳戶若不存在，會自動建立。</translation>
    </message>
    <message>
        <source>List advocates without a current consent anonymously instead of leaving them out.</source>
        <translation>將沒有目前有效同意的倡導者以匿名方式列出，而不是略過他們。</translation>
    </message>
    <message>
        <source>What to do with rows changed on both sides (default: list them, merge nothing, exit 1).</source>
        <translation>兩邊都變更過的列要如何處理（預設：列出它們、不合併任何內容、以狀態 1 結束）。</translation>
    </message>
    <message>
        <source>Write a complete copy of the database.</source>
        <translation>寫出資料庫的完整副本。</translation>
    </message>
    <message>
        <source>Replace the database with a backup.</source>
        <translation>以備份取代資料庫。</translation>
    </message>
    <message>
        <source>--format takes csv, json or pdf, not “%1”.</source>
        <translation>--format 可接受 csv、json 或 pdf，而不是「%1」。</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors in %1; nothing was imported.</source>
        <translation>
            <numerusform>%1 中有 %n 列有錯誤；未匯入任何內容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors left out of %1.</source>
        <translation>
            <numerusform>已從 %1 略過 %n 個有錯誤的列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programme report for %1 (%2) written to %3: %n pages.</source>
        <translation>
            <numerusform>%1（%2）的計畫報告已寫入 %3：共 %n 頁。</numerusform>
        </translation>
    </message>
    <message>
        <source>--on-conflict takes keep-mine or take-theirs, not “%1”.</source>
        <translation>--on-conflict 可接受 keep-mine 或 take-theirs，而不是「%1」。</translation>
    </message>
    <message>
        <source>conflict: %1 %2 %3 (changed here %4, in the bundle %5)</source>
        <translation>衝突：%1 %2 %3（此處變更於 %4，套件中變更於 %5）</translation>
    </message>
    <message>
        <source>  %1: mine “%2”, theirs “%3”</source>
        <translation>  %1：我方「%2」，對方「%3」</translation>
    </message>
    <message numerus="yes">
        <source>%n rows changed on both sides; nothing was merged. Run again with --on-conflict keep-mine or --on-conflict take-theirs.</source>
        <translation>
            <numerusform>有 %n 列兩邊都變更過；未合併任何內容。請加上 --on-conflict keep-mine 或 --on-conflict take-theirs 再執行一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up “%1” to standard output.</source>
        <translation>已將「%1」備份至標準輸出。</translation>
    </message>
    <message>
        <source>--json and an output of “-” both want standard output; choose one.</source>
        <translation>--json 與輸出「-」都要使用標準輸出；請擇一。</translation>
    </message>
    <message>
        <source>“%1” is empty, not an Advocate Desk database. Make it one with &apos;%2 init&apos;.</source>
        <translation>「%1」是空檔案，不是 Advocate Desk 資料庫。請以「%2 init」將它建立為資料庫。</translation>
    </message>
    <message>
        <source>Where to write the PDF; - for standard output.</source>
        <translation>PDF 的寫入位置；- 表示標準輸出。</translation>
    </message>
    <message>
        <source>Save the refused rows (row, column, reason) as CSV; - for standard output.</source>
        <translation>將被拒絕的列（列、欄、原因）存成 CSV；- 表示標準輸出。</translation>
    </message>
    <message>
        <source>Where to write the list (replaced whole); - for standard output.</source>
        <translation>清單的寫入位置（整份取代）；- 表示標準輸出。</translation>
    </message>
    <message>
        <source>Where to write the JSON; - for standard output.</source>
        <translation>JSON 的寫入位置；- 表示標準輸出。</translation>
    </message>
    <message>
        <source>Where to write the bundle; - for standard output.</source>
        <translation>同步套件的寫入位置；- 表示標準輸出。</translation>
    </message>
    <message>
        <source>Where to write the backup (replaced whole); - for standard output. Without it, the backup goes to the rotating folder DATABASE.backups next to the database.</source>
        <translation>備份的寫入位置（整份取代）；- 表示標準輸出。未指定時，備份存入資料庫旁的輪替資料夾 DATABASE.backups。</translation>
    </message>
    <message>
        <source>For a damaged backup, list every problem found, not only the first few.</source>
        <translation>備份損壞時，列出找到的每個問題，而不只是前幾個。</translation>
    </message>
    <message>
        <source>The backup is checked first (integrity and schema version); a damaged or foreign file is refused and nothing changes. The replaced database is kept as a safety copy in DATABASE.backups. Programs that have the file open see the restored programme; one that is writing makes the restore wait up to 5 s, after which it is refused.</source>
        <translation>先檢查備份（完整性與結構描述版本）；損壞或外來的檔案會被拒絕，且不做任何變更。被取代的資料庫會以安全副本保存在 DATABASE.backups。已開啟該檔案的程式會看到還原後的計畫；若有程式正在寫入，還原最多等候 5 秒，之後即被拒絕。</translation>
    </message>
    <message numerus="yes">
        <source>%n people erased since the backup was taken were erased again.</source>
        <translation>
            <numerusform>自備份取得後被抹除的 %n 人已再次抹除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Also rewrite every copy in DATABASE.backups that still holds the person, without them.</source>
        <translation>同時重寫 DATABASE.backups 中仍保有此人的每一份副本，將其移除。</translation>
    </message>
    <message>
        <source>Deletes the advocate and every row about them, removes them from the search index and replaces their email, name and phone number in every other row&apos;s text, in one transaction. A salted hash of their email is kept in the erasure ledger, so that restoring an older backup or merging an older bundle erases them again. Backups taken before still hold them until rewritten with --scrub-backups; copies outside the backups folder are out of reach.</source>
        <translation>刪除該倡導者及所有與其相關的列，將其移出搜尋索引，並在單一交易中把其他每一列文字中的電子郵件、姓名與電話號碼取代掉。其電子郵件的加鹽雜湊會保存在抹除紀錄中，因此還原較舊的備份或合併較舊的同步套件時會再次抹除此人。先前取得的備份在以 --scrub-backups 重寫前仍保有此人；備份資料夾以外的副本無法觸及。</translation>
    </message>
    <message>
        <source>The person was erased from the database, but rewriting the backups failed: %1</source>
        <translation>此人已從資料庫抹除，但重寫備份失敗：%1</translation>
    </message>
    <message numerus="yes">
        <source>Rewrote %n backups in %1 without them.</source>
        <translation>
            <numerusform>已重寫 %1 中的 %n 份備份並移除此人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups in %1 were taken before and still hold them; run again with --scrub-backups to rewrite them, or restore one: it erases them again.</source>
        <translation>
            <numerusform>%1 中有 %n 份備份是先前取得的，仍保有此人；請加上 --scrub-backups 再執行一次以重寫它們，或還原其中一份：還原時會再次抹除此人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept the key of a colleague whose bundle this programme has not seen before, once its fingerprint was compared with theirs (sync-key).</source>
        <translation>在比對過指紋（sync-key）後，接受此計畫未曾見過的同事金鑰。</translation>
    </message>
    <message>
        <source>Accept the erasures and consent changes the bundle makes (without it they are listed, nothing is merged, exit 1).</source>
        <translation>接受同步套件所做的抹除與同意變更（未指定時會列出這些變更、不合併任何內容，並以 1 結束）。</translation>
    </message>
    <message>
        <source>Rows are matched by UUID (or by name or email when created on both sides); a row only the colleague changed takes the newer updated_at. Rows both sides changed are conflicts: without --on-conflict they are listed field by field and nothing is merged. A malformed, truncated, newer-version, unsigned or altered bundle is refused whole; a colleague&apos;s first bundle waits for --trust, erasures and consent changes for --yes. Merging a bundle again changes nothing.</source>
        <translation>列依 UUID 比對（若雙方各自建立，則依名稱或電子郵件比對）；只有同事修改的列採用較新的 updated_at。雙方都修改的列是衝突：未指定 --on-conflict 時會逐欄列出，且不合併任何內容。格式錯誤、被截斷、版本較新、未簽署或遭竄改的同步套件會整份被拒絕；同事的第一份同步套件需要 --trust，抹除與同意變更需要 --yes。再次合併同一份同步套件不會變更任何內容。</translation>
    </message>
    <message>
        <source>Show the fingerprint of the key this programme signs bundles with.</source>
        <translation>顯示此計畫用來簽署同步套件的金鑰指紋。</translation>
    </message>
    <message>
        <source>A colleague merging your first bundle is shown this fingerprint and accepts it only if it matches: read it to them.</source>
        <translation>同事合併你的第一份同步套件時會看到這個指紋，只有相符時才會接受：請唸給他們聽。</translation>
    </message>
    <message>
        <source>%1 is signed by a key this programme has not seen: %2, fingerprint %3.</source>
        <translation>%1 是以此計畫從未見過的金鑰簽署：%2，指紋 %3。</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your colleague&apos;s &apos;advocatedesk-cli sync-key&apos; shows (by phone or in person), then run again with --trust &quot;%1&quot;. Nothing was merged.</source>
        <translation>請將此指紋與同事的「advocatedesk-cli sync-key」顯示的指紋比對（透過電話或當面），然後加上 --trust &quot;%1&quot; 再執行一次。未合併任何內容。</translation>
    </message>
    <message>
        <source>the bundle would %1</source>
        <translation>此同步套件將會：%1</translation>
    </message>
    <message numerus="yes">
        <source>The bundle erases people or changes consents (%n changes above); nothing was merged. Run again with --yes to accept them.</source>
        <translation>
            <numerusform>此同步套件會抹除人員或變更同意（上方 %n 項變更）；未合併任何內容。請加上 --yes 再執行一次以接受。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people of the colleague&apos;s file are not users here; a bundle never adds users, so what they own is left without an owner.</source>
        <translation>
            <numerusform>同事檔案中有 %n 人不是此處的使用者；同步套件不會新增使用者，因此他們負責的項目將沒有負責人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes to users or activity types were not taken: a bundle never changes them here.</source>
        <translation>
            <numerusform>有 %n 項對使用者或活動類型的變更未被採用：同步套件不會變更此處的這些資料。</numerusform>
        </translation>
    </message>
    <message>
        <source>This programme signs its bundles with the key whose fingerprint is %1.</source>
        <translation>此計畫以指紋為 %1 的金鑰簽署其同步套件。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding, when detection is not wanted (a file that is UTF-8 but for a line is refused until one is given).</source>
        <translation>檔案的編碼，在不需要自動偵測時使用（除了一行之外都是 UTF-8 的檔案，在指定編碼前會被拒絕）。</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, windows-1252, utf-16le or utf-16be, not “%1”.</source>
        <translation>--encoding 可用 utf-8、windows-1252、utf-16le 或 utf-16be，而不是「%1」。</translation>
    </message>
    <message>
        <source>Who is acting, for the audit log (default: whom Advocate Desk was told for this file, else $USER).</source>
        <translation>誰在操作，供稽核記錄使用（預設：為此檔案告訴 Advocate Desk 的人，否則為 $USER）。</translation>
    </message>
    <message>
        <source>One request and everyone asked for it.</source>
        <translation>一筆請求及所有受詢問者。</translation>
    </message>
    <message>
        <source>Each ask with the advocate&apos;s owner, when they were asked, their answer and when, and the contribution logged for the request. --json prints {&quot;id&quot;, &quot;status&quot;, &quot;activity&quot;, &quot;asks&quot;: [{&quot;email&quot;, &quot;owner&quot;, &quot;asked_on&quot;, &quot;answer&quot;, &quot;answered_on&quot;, &quot;contribution_id&quot;}]}.</source>
        <translation>每筆詢問附上倡導者的負責人、詢問日期、回覆及回覆日期，以及為此請求記錄的貢獻。--json 會輸出 {&quot;id&quot;, &quot;status&quot;, &quot;activity&quot;, &quot;asks&quot;: [{&quot;email&quot;, &quot;owner&quot;, &quot;asked_on&quot;, &quot;answer&quot;, &quot;answered_on&quot;, &quot;contribution_id&quot;}]}。</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>需要日期</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>請求者</translation>
    </message>
    <message>
        <source>Asked (%1):</source>
        <translation>已詢問（%1）：</translation>
    </message>
    <message>
        <source>accepted on %1</source>
        <translation>於 %1 接受</translation>
    </message>
    <message>
        <source>declined on %1</source>
        <translation>於 %1 婉拒</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待回覆</translation>
    </message>
    <message>
        <source>%1; contributed on %2</source>
        <translation>%1；於 %2 貢獻</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>無負責人</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>負責人 %1</translation>
    </message>
    <message>
        <source>asked %1</source>
        <translation>於 %1 詢問</translation>
    </message>
    <message>
        <source>Wrote a local SQLite snapshot of “%1” to “%2”; open it with --database %2.</source>
        <translation>已將「%1」的本機 SQLite 快照寫到「%2」；請以 --database %2 開啟。</translation>
    </message>
    <message>
        <source>&apos;restore&apos; replaces a database file and does not apply to a server. To bring a backup onto a server, copy it into an empty database: &apos;%1 server push %2 URL&apos;. Nothing was changed.</source>
        <translation>「restore」會取代資料庫檔案，不適用於伺服器。若要把備份放到伺服器上，請將它複製到空的資料庫：「%1 server push %2 URL」。未變更任何內容。</translation>
    </message>
    <message>
        <source>The database “%1” is empty, not yet an Advocate Desk programme. Create its schema with &apos;%2 server init %1&apos;, or copy a programme into it with &apos;%2 server push FILE.sqlite %1&apos;.</source>
        <translation>資料庫「%1」是空的，還不是 Advocate Desk 計畫。請以「%2 server init %1」建立其結構描述，或以「%2 server push FILE.sqlite %1」將計畫複製進去。</translation>
    </message>
    <message>
        <source>Safe while other programs use the file. The copy is readable by its owner only. In the rotating folder only the newest copies are kept (setting backups/keep, default 5). Of a programme on a server, --out writes a complete local SQLite snapshot, which --database FILE opens like any file.</source>
        <translation>其他程式使用此檔案時仍可安全執行。副本僅擁有者可讀取。輪替資料夾中只保留最新的副本（設定 backups/keep，預設 5）。對於伺服器上的計畫，--out 會寫出完整的本機 SQLite 快照，可像任何檔案一樣以 --database FILE 開啟。</translation>
    </message>
    <message>
        <source>Create the schema of a programme in an empty PostgreSQL database.</source>
        <translation>在空的 PostgreSQL 資料庫中建立計畫的結構描述。</translation>
    </message>
    <message>
        <source>URL is postgresql://USER@HOST[:PORT]/DATABASE; the password comes from PGPASSWORD, ~/.pgpass or PGSERVICE, never from the command line. The database must exist (createdb) and be empty: one holding tables of another program, or already a programme, is refused and left unchanged.</source>
        <translation>URL 為 postgresql://USER@HOST[:PORT]/DATABASE；密碼來自 PGPASSWORD、~/.pgpass 或 PGSERVICE，絕不來自命令列。資料庫必須已存在（createdb）且是空的：含有其他程式資料表的資料庫，或已是計畫的資料庫，都會被拒絕並保持不變。</translation>
    </message>
    <message>
        <source>Copy a whole local programme to a PostgreSQL server.</source>
        <translation>將整個本機計畫複製到 PostgreSQL 伺服器。</translation>
    </message>
    <message>
        <source>The server database must be empty, or a new programme from &apos;server init&apos;. Every table is copied in one transaction, then read back and compared with the file (row count and checksum) before it is committed: on any difference or failure nothing stays on the server. The file is only read. The way back is &apos;backup --out FILE.sqlite&apos; with --database URL.</source>
        <translation>伺服器資料庫必須是空的，或是由「server init」建立的新計畫。每個資料表都在單一交易中複製，接著讀回並與檔案比對（列數與總和檢查碼）後才提交：只要有任何差異或失敗，伺服器上就不會留下任何內容。檔案只會被讀取。反向做法是搭配 --database URL 執行「backup --out FILE.sqlite」。</translation>
    </message>
    <message>
        <source>A programme on a PostgreSQL server: postgresql://USER@HOST[:PORT]/DATABASE. The password comes from PGPASSWORD, ~/.pgpass or PGSERVICE, never from the command line.</source>
        <translation>PostgreSQL 伺服器上的計畫：postgresql://USER@HOST[:PORT]/DATABASE。密碼來自 PGPASSWORD、~/.pgpass 或 PGSERVICE，絕不來自命令列。</translation>
    </message>
    <message>
        <source>--scrub-backups rewrites the backups folder beside a database file; a server has none. Run without it, then erase the person from the server&apos;s own backups and from any snapshot taken with &apos;backup --out&apos;. Nothing was changed.</source>
        <translation>--scrub-backups 會重寫資料庫檔案旁的備份資料夾；伺服器沒有這個資料夾。請不加此選項執行，然後從伺服器本身的備份，以及任何以「backup --out」取得的快照中抹除此人。未變更任何內容。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes the server address as its argument; leave out --database.</source>
        <translation>「%1」以伺服器位址作為引數；請省略 --database。</translation>
    </message>
    <message>
        <source>“%1” is not a server address: write it as postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>「%1」不是伺服器位址：請寫成 postgresql://USER@HOST[:PORT]/DATABASE。</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>「%1」沒有資料庫。</translation>
    </message>
    <message>
        <source>“%1” is empty, not an Advocate Desk database.</source>
        <translation>「%1」是空檔案，不是 Advocate Desk 資料庫。</translation>
    </message>
    <message>
        <source>“%1” is already an Advocate Desk programme (schema %2); nothing was changed.</source>
        <translation>「%1」已是 Advocate Desk 計畫（結構描述 %2）；未變更任何內容。</translation>
    </message>
    <message>
        <source>Created an empty Advocate Desk programme in “%1” (schema %2). Fill it with &apos;%3 server push FILE.sqlite %1&apos;, or work on it with --database %1.</source>
        <translation>已在「%1」建立空白的 Advocate Desk 計畫（結構描述 %2）。請以「%3 server push FILE.sqlite %1」填入資料，或以 --database %1 直接使用。</translation>
    </message>
    <message>
        <source>The first argument is the local programme file (FILE.sqlite), not a server address.</source>
        <translation>第一個引數是本機計畫檔案（FILE.sqlite），不是伺服器位址。</translation>
    </message>
    <message>
        <source>Copying “%1” to “%2”…</source>
        <translation>正在將「%1」複製到「%2」…</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from “%3” to “%4”; each table&apos;s row count and checksum were verified on the server before the commit.</source>
        <translation>已將 %2 個資料表中的 %1 列從「%3」複製到「%4」；每個資料表的列數與總和檢查碼都已在提交前於伺服器上驗證。</translation>
    </message>
</context>
<context>
    <name>ad::CollapsedColumn</name>
    <message>
        <source>Collapsed column: drop a card here to move it, double-click to expand</source>
        <translation>已收合的欄：將卡片拖放到此處即可移動，按兩下以展開</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ad::ConnectToServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>連線到伺服器</translation>
    </message>
    <message>
        <source>Open a programme kept on a PostgreSQL server. Paste its address, or fill in the parts.</source>
        <translation>開啟存放在 PostgreSQL 伺服器上的計畫。請貼上其位址，或填寫各個部分。</translation>
    </message>
    <message>
        <source>The whole address; editing the parts below writes it</source>
        <translation>完整位址；編輯下方各部分時會自動寫入</translation>
    </message>
    <message>
        <source>Empty: a server on this computer</source>
        <translation>留空：本機上的伺服器</translation>
    </message>
    <message>
        <source>Empty: the usual one</source>
        <translation>留空：使用預設位置</translation>
    </message>
    <message>
        <source>The folder holding the server&apos;s socket, for a server on this computer</source>
        <translation>存放伺服器 socket 的資料夾，適用於本機上的伺服器</translation>
    </message>
    <message>
        <source>The password is taken from ~/.pgpass, PGPASSWORD or a PGSERVICE entry, as for any PostgreSQL program. Advocate Desk never asks for it and never stores it.</source>
        <translation>密碼取自 ~/.pgpass、PGPASSWORD 或 PGSERVICE 項目，與任何 PostgreSQL 程式相同。Advocate Desk 絕不詢問密碼，也絕不儲存密碼。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>位址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Socket folder:</source>
        <translation>Socket 資料夾(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <source>The socket folder must be a full path, such as /run/postgresql.</source>
        <translation>Socket 資料夾必須是完整路徑，例如 /run/postgresql。</translation>
    </message>
</context>
<context>
    <name>ad::ContributionDialog</name>
    <message>
        <source>Log Contribution</source>
        <translation>記錄貢獻</translation>
    </message>
    <message>
        <source>%1 (%2, %3 points)</source>
        <translation>%1（%2，%3 點）</translation>
    </message>
    <message>
        <source>Link to the recording, post or document</source>
        <translation>錄影、貼文或文件的連結</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Artifact link</source>
        <translation>成果連結</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Log contribution: %1</source>
        <translation>記錄貢獻：%1</translation>
    </message>
    <message>
        <source>Logged the contribution: %1.</source>
        <translation>已記錄貢獻：%1。</translation>
    </message>
    <message>
        <source>The request of %1</source>
        <translation>%1 的請求</translation>
    </message>
    <message>
        <source>For request</source>
        <translation>針對請求</translation>
    </message>
</context>
<context>
    <name>ad::CsvReader</name>
    <message>
        <source>%1:%2: a quoted cell is never closed (a &quot; is missing).</source>
        <translation>%1:%2：有引號括住的儲存格未關閉（缺少 &quot;）。</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header line.</source>
        <translation>%1：檔案是空的；需要一行標題。</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2.</source>
        <translation>此列有 %1 個儲存格，但標題有 %2 個。</translation>
    </message>
    <message>
        <source>%1:%2: this line is not valid UTF-8, while the rest of the file is. Correct the line, or choose the file&apos;s encoding (for example Windows-1252) if it is not UTF-8; nothing was read.</source>
        <translation>%1:%2：此行不是有效的 UTF-8，但檔案其餘部分是。請修正此行；若檔案不是 UTF-8，請選擇其編碼（例如 Windows-1252）；未讀取任何內容。</translation>
    </message>
    <message>
        <source>%1:1: the header has %2 columns; at most %3 are read.</source>
        <translation>%1:1：標題列有 %2 欄；最多讀取 %3 欄。</translation>
    </message>
    <message>
        <source>%1:1: the header names the column “%2” twice (columns %3 and %4); which one is meant cannot be told.</source>
        <translation>%1:1：標題列兩次出現欄位「%2」（第 %3 與第 %4 欄）；無法判斷指的是哪一欄。</translation>
    </message>
</context>
<context>
    <name>ad::DashboardCharts</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>NPS by month: score and promoter / passive / detractor mix</source>
        <translation>每月 NPS：分數與推薦者 / 被動者 / 批評者組成</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Journey funnel and conversion to the next stage</source>
        <translation>倡導歷程漏斗與進入下一階段的轉換率</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>倡導者</translation>
    </message>
    <message>
        <source>%1 (→ %2)</source>
        <translation>%1（→ %2）</translation>
    </message>
    <message>
        <source>Reached this stage or beyond: %1</source>
        <translation>已達此階段或更後階段：%1</translation>
    </message>
    <message>
        <source>Journey stage: %1</source>
        <translation>倡導歷程階段：%1</translation>
    </message>
    <message>
        <source>Nomination pipeline and median days in status</source>
        <translation>提名流程與各狀態停留天數中位數</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <source>%1 (median %2 d)</source>
        <translation>%1（中位數 %2 天）</translation>
    </message>
    <message>
        <source>Median days in this status: %1</source>
        <translation>在此狀態停留天數中位數：%1</translation>
    </message>
    <message>
        <source>Nomination status: %1</source>
        <translation>提名狀態：%1</translation>
    </message>
    <message>
        <source>Tier distribution</source>
        <translation>等級分布</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>等級：%1</translation>
    </message>
    <message>
        <source>Contributions by type per month</source>
        <translation>每月各類型貢獻</translation>
    </message>
    <message>
        <source>Contributed %1 in %2</source>
        <translation>%2 貢獻了 %1</translation>
    </message>
    <message numerus="yes">
        <source>Ask load: advocates by asks in the range (%n fatigued)</source>
        <translation>
            <numerusform>詢問負荷：範圍內依詢問次數區分的倡導者（%n 位疲勞）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未詢問</translation>
    </message>
    <message>
        <source>Asked once</source>
        <translation>詢問一次</translation>
    </message>
    <message>
        <source>Asked twice</source>
        <translation>詢問兩次</translation>
    </message>
    <message>
        <source>3 or more asks</source>
        <translation>詢問 3 次以上</translation>
    </message>
    <message>
        <source>Ask load: %1</source>
        <translation>詢問負荷：%1</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>比率（%）</translation>
    </message>
    <message>
        <source>Win rate with vs without a reference (influenced revenue %1)</source>
        <translation>有與無參考推薦的贏單率（受參考推薦影響的營收 %1）</translation>
    </message>
    <message>
        <source>With a reference</source>
        <translation>有參考推薦</translation>
    </message>
    <message>
        <source>Without a reference</source>
        <translation>無參考推薦</translation>
    </message>
    <message>
        <source>Won %1, lost %2</source>
        <translation>成交 %1，失敗 %2</translation>
    </message>
    <message>
        <source>Decided requests: %1</source>
        <translation>已決定的請求：%1</translation>
    </message>
    <message>
        <source>Retention of advocate vs other accounts</source>
        <translation>倡導者帳戶與其他帳戶的留存率</translation>
    </message>
    <message>
        <source>Advocate accounts</source>
        <translation>倡導者帳戶</translation>
    </message>
    <message>
        <source>Other accounts</source>
        <translation>其他帳戶</translation>
    </message>
    <message>
        <source>%1 of %2 accounts retained</source>
        <translation>%2 個帳戶中留存 %1 個</translation>
    </message>
    <message>
        <source>Referrals and their value (won %1 of %2)</source>
        <translation>轉介及其價值（總值 %2 中成交 %1）</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>轉介</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已轉介</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Conversion %1</source>
        <translation>轉換率 %1</translation>
    </message>
    <message>
        <source>Advocates who referred</source>
        <translation>曾轉介的倡導者</translation>
    </message>
    <message>
        <source>Follow-up debt, due today</source>
        <translation>待跟進事項，今天到期</translation>
    </message>
    <message>
        <source>Items due</source>
        <translation>到期項目</translation>
    </message>
    <message>
        <source>Conversion to the next stage: %1</source>
        <translation>進入下一階段的轉換率：%1</translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>其他類型</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Asks in the range</source>
        <translation>期間內的詢問次數</translation>
    </message>
    <message>
        <source>No decided deals yet</source>
        <translation>尚無已定案的交易</translation>
    </message>
    <message>
        <source>Win rate with vs without a reference (no deals yet)</source>
        <translation>有與無參考推薦的贏單率（尚無交易）</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>尚無帳戶</translation>
    </message>
    <message>
        <source>Referrals and their value (no referrals yet)</source>
        <translation>轉介及其價值（尚無轉介）</translation>
    </message>
    <message>
        <source>Referrals and their value</source>
        <translation>轉介及其價值</translation>
    </message>
    <message>
        <source>No NPS answers in this period yet.</source>
        <translation>此期間尚無 NPS 回覆。</translation>
    </message>
    <message>
        <source>No advocates on the journey yet.</source>
        <translation>倡導歷程中尚無倡導者。</translation>
    </message>
    <message>
        <source>No nominations yet.</source>
        <translation>尚無提名。</translation>
    </message>
    <message>
        <source>No advocates with a tier yet.</source>
        <translation>尚無具等級的倡導者。</translation>
    </message>
    <message>
        <source>No contributions in this period yet.</source>
        <translation>此期間尚無貢獻。</translation>
    </message>
    <message>
        <source>No advocates to ask yet.</source>
        <translation>尚無可詢問的倡導者。</translation>
    </message>
    <message>
        <source>No decided deals in this period yet.</source>
        <translation>此期間尚無已定案的交易。</translation>
    </message>
    <message>
        <source>No accounts to compare yet.</source>
        <translation>尚無可比較的帳戶。</translation>
    </message>
    <message>
        <source>No referrals in this period yet.</source>
        <translation>此期間尚無轉介。</translation>
    </message>
    <message>
        <source>Nothing is owed to advocates today.</source>
        <translation>今天沒有欠倡導者的待跟進事項。</translation>
    </message>
</context>
<context>
    <name>ad::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期範圍</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最後一天</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>匯出報告…</translation>
    </message>
    <message>
        <source>The dashboard as a PDF programme report</source>
        <translation>將儀表板匯出為 PDF 計畫報告</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>篩選條件：</translation>
    </message>
    <message>
        <source>All CSMs</source>
        <translation>所有 CSM</translation>
    </message>
    <message>
        <source>Owner CSM</source>
        <translation>負責 CSM</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有市場區隔</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>市場區隔</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地區</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有等級</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>關閉清單</translation>
    </message>
    <message>
        <source>Double-click an advocate to open the profile.</source>
        <translation>按兩下倡導者以開啟個人檔案。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>與 %1 比較</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>倡導者</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n requests</source>
        <translation>
            <numerusform>%1 — %n 筆請求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n advocates</source>
        <translation>
            <numerusform>%1 — %n 位倡導者</numerusform>
        </translation>
    </message>
    <message>
        <source>The dashboard has no numbers yet.</source>
        <translation>儀表板尚無數據。</translation>
    </message>
    <message>
        <source>Export Programme Report</source>
        <translation>匯出計畫報告</translation>
    </message>
    <message>
        <source>programme-report-%1.pdf</source>
        <translation>計畫報告-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>報告未儲存</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>報告已儲存至 %1</translation>
    </message>
    <message>
        <source>Tiles and charts</source>
        <translation>指標與圖表</translation>
    </message>
</context>
<context>
    <name>ad::DashboardRange</name>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上一季</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自訂範圍</translation>
    </message>
</context>
<context>
    <name>ad::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定資料庫檔案。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>「%1」是資料夾，不是資料庫檔案。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: it is damaged or not an Advocate Desk database (%2).</source>
        <translation>無法開啟「%1」：檔案已損毀或不是 Advocate Desk 資料庫（%2）。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Advocate Desk (schema %2; this version understands up to %3). Update Advocate Desk to open it; the file was not changed.</source>
        <translation>「%1」由較新版本的 Advocate Desk 寫入（結構描述 %2；此版本最高支援 %3）。請更新 Advocate Desk 以開啟它；檔案未被變更。</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not an Advocate Desk database.</source>
        <translation>「%1」是其他程式的 SQLite 資料庫，不是 Advocate Desk 資料庫。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>表格 %2 的第 %1 列參照了 %3 中不存在的列。</translation>
    </message>
    <message>
        <source>Schema version is %1; expected %2.</source>
        <translation>結構描述版本為 %1；預期為 %2。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>將資料庫升級到結構描述 %1 失敗：%2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file name.</source>
        <translation>「%1」已存在；請選擇新的檔案名稱。</translation>
    </message>
    <message>
        <source>The database file “%1” was removed by another program. What is on screen is still open: use File → Back Up Database… to save it to a file, then open that file.</source>
        <translation>資料庫檔案「%1」已被其他程式移除。畫面上的內容仍為開啟狀態：請使用「檔案 → 備份資料庫…」將它儲存為檔案，然後開啟該檔案。</translation>
    </message>
    <message>
        <source>The database file “%1” was replaced by another program. What is on screen is the file as it was: use File → Back Up Database… to keep it, or open the file again to see the new one.</source>
        <translation>資料庫檔案「%1」已被其他程式取代。畫面上顯示的是檔案原本的內容：請使用「檔案 → 備份資料庫…」保留它，或重新開啟檔案以查看新的內容。</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>「%1」沒有資料庫。</translation>
    </message>
    <message>
        <source>“%1” is read-only and was written by an older version of Advocate Desk: make it writable so that it can be upgraded; the file was not changed.</source>
        <translation>「%1」為唯讀，且由較舊版本的 Advocate Desk 寫入：請將它設為可寫入以便升級；檔案未被變更。</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade, but backing it up first failed (%2); the file was not changed.</source>
        <translation>「%1」需要升級，但先行備份失敗（%2）；檔案未被變更。</translation>
    </message>
    <message>
        <source>“%1” is not an Advocate Desk database: it is not an SQLite file.</source>
        <translation>「%1」不是 Advocate Desk 資料庫：它不是 SQLite 檔案。</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket), so it cannot be a database.</source>
        <translation>「%1」不是一般檔案（是裝置、管道或通訊端），因此不可能是資料庫。</translation>
    </message>
    <message>
        <source>“%1” is still open in another program, so it was left where it is; remove it when that program has closed it.</source>
        <translation>「%1」仍在另一個程式中開啟，因此保留在原處；請在該程式關閉它之後再移除。</translation>
    </message>
    <message>
        <source>Cannot remove “%1”.</source>
        <translation>無法移除「%1」。</translation>
    </message>
    <message>
        <source>The server at “%1” did not let this user in: the user name or the password is wrong. The password comes from PGPASSWORD, ~/.pgpass or PGSERVICE; nothing was changed. (%2)</source>
        <translation>位於「%1」的伺服器拒絕此使用者登入：使用者名稱或密碼錯誤。密碼取自 PGPASSWORD、~/.pgpass 或 PGSERVICE；未變更任何內容。（%2）</translation>
    </message>
    <message>
        <source>The server at “%1” has no such database; create it first (createdb), then connect again. (%2)</source>
        <translation>位於「%1」的伺服器沒有這個資料庫；請先建立它（createdb），再重新連線。（%2）</translation>
    </message>
    <message>
        <source>The server at “%1” does not let this user connect to that database. (%2)</source>
        <translation>位於「%1」的伺服器不允許此使用者連線到該資料庫。（%2）</translation>
    </message>
    <message>
        <source>The server at “%1” cannot be reached: check the address and that the server is running; nothing was changed. (%2)</source>
        <translation>無法連線到位於「%1」的伺服器：請檢查位址，並確認伺服器正在執行；未變更任何內容。（%2）</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed, so “%1” cannot be opened (on Debian: apt install libqt6sql6-psql).</source>
        <translation>未安裝 Qt 的 PostgreSQL 驅動程式，因此無法開啟「%1」（Debian：apt install libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The database “%1” holds tables of another program: it is not an Advocate Desk programme. Nothing was changed; use an empty database.</source>
        <translation>資料庫「%1」含有其他程式的資料表：它不是 Advocate Desk 計畫。未變更任何內容；請使用空的資料庫。</translation>
    </message>
    <message>
        <source>The database “%1” is not an Advocate Desk programme. Nothing was changed.</source>
        <translation>資料庫「%1」不是 Advocate Desk 計畫。未變更任何內容。</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer version of Advocate Desk (schema %2; this version understands up to %3). Update Advocate Desk to open it; nothing was changed.</source>
        <translation>資料庫「%1」由較新版本的 Advocate Desk 寫入（結構描述 %2；此版本最高支援 %3）。請更新 Advocate Desk 以開啟它；未變更任何內容。</translation>
    </message>
    <message>
        <source>The database “%1” was opened read-only and needs an upgrade or its schema first; nothing was changed.</source>
        <translation>資料庫「%1」以唯讀方式開啟，但需要先升級或建立結構描述；未變更任何內容。</translation>
    </message>
</context>
<context>
    <name>ad::DatabaseFile</name>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>無法建立資料夾「%1」。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>無法建立「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” is the open database “%2” itself.</source>
        <translation>「%1」就是已開啟的資料庫「%2」本身。</translation>
    </message>
    <message>
        <source>“%1” belongs to the open database “%2” (its %3 file).</source>
        <translation>「%1」屬於已開啟的資料庫「%2」（其 %3 檔案）。</translation>
    </message>
    <message>
        <source>“%1” is in the backups folder of the open database “%2”.</source>
        <translation>「%1」位於已開啟資料庫「%2」的備份資料夾中。</translation>
    </message>
    <message>
        <source>Cannot copy “%1” to “%2”.</source>
        <translation>無法將「%1」複製到「%2」。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: it is a link to “%2”, which does not exist. Give the path of the file itself.</source>
        <translation>無法建立「%1」：它是指向「%2」的連結，而該檔案不存在。請提供檔案本身的路徑。</translation>
    </message>
</context>
<context>
    <name>ad::Demo</name>
    <message>
        <source>The demo needs at least one advocate.</source>
        <translation>示範資料至少需要一位倡導者。</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n advocates; demo data goes only into an empty database.</source>
        <translation>
            <numerusform>此資料庫已有 %n 位倡導者；示範資料只能放入空白資料庫。</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data was cancelled.</source>
        <translation>示範資料已取消。</translation>
    </message>
</context>
<context>
    <name>ad::EditAdvocateCommand</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>編輯 %2 的 %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
</context>
<context>
    <name>ad::EmptyFileState</name>
    <message>
        <source>Your day starts here</source>
        <translation>您的一天從這裡開始</translation>
    </message>
    <message>
        <source>My Day gathers what you owe your advocates: follow-ups due, asks awaiting an answer, advocates not touched lately. This database is still empty: load a demo programme to look around, or import your advocates from a CSV file.</source>
        <translation>「我的一天」彙整您欠倡導者的事項：到期的跟進、等待回覆的詢問、最近未接觸的倡導者。此資料庫仍是空的：載入示範計畫四處看看，或從 CSV 檔匯入您的倡導者。</translation>
    </message>
    <message>
        <source>No one in the pipeline yet</source>
        <translation>流程中尚無任何人</translation>
    </message>
    <message>
        <source>Nominate a customer who could speak for you: each nomination moves across this board from Nominated to Enrolled, then along the advocacy journey.</source>
        <translation>提名一位能為您發聲的客戶：每筆提名會在此看板上從「已提名」移到「已加入」，再沿著倡導歷程前進。</translation>
    </message>
    <message>
        <source>Nominate…</source>
        <translation>提名…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>匯入 CSV…</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>尚無請求</translation>
    </message>
    <message>
        <source>Sales and marketing ask for references, case studies and reviews here, and each ask is matched to advocates who can be asked without wearing them out. First the programme needs advocates.</source>
        <translation>業務與行銷在這裡請求參考推薦、案例研究與評論，每個請求都會配對到可以詢問而不致讓對方疲勞的倡導者。首先，計畫需要倡導者。</translation>
    </message>
    <message>
        <source>Nothing to measure yet</source>
        <translation>尚無可衡量的內容</translation>
    </message>
    <message>
        <source>The dashboard shows the programme&apos;s KPIs — NPS, the journey funnel, contributions, referrals and the revenue references help win — once there are advocates to count.</source>
        <translation>有倡導者可計算後，儀表板會顯示計畫的 KPI — NPS、倡導歷程漏斗、貢獻、轉介，以及參考推薦協助贏得的營收。</translation>
    </message>
    <message>
        <source>No tiers to review yet</source>
        <translation>尚無需審核的等級</translation>
    </message>
    <message>
        <source>Tier Review lists the advocates whose recommended tier differs from the one they hold, for you to approve or override. There are no advocates in this database yet.</source>
        <translation>等級審核列出建議等級與目前等級不同的倡導者，供您核准或覆寫。此資料庫尚無倡導者。</translation>
    </message>
    <message>
        <source>No feedback yet</source>
        <translation>尚無意見回饋</translation>
    </message>
    <message>
        <source>Reviews, posts and survey answers gather here, each with the advocate who gave it. Add advocates first; then record what they say here or on their profile.</source>
        <translation>評論、貼文與問卷回覆會彙集在這裡，每一則都附上提供者。請先新增倡導者，再於此處或其個人檔案記錄他們的意見。</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>載入示範資料</translation>
    </message>
</context>
<context>
    <name>ad::Enums</name>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>溝通</translation>
    </message>
    <message>
        <source>Company fit</source>
        <translation>公司契合度</translation>
    </message>
    <message>
        <source>Willingness</source>
        <translation>意願</translation>
    </message>
    <message>
        <source>SMB</source>
        <translation>中小企業</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>中型市場</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>大型企業</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有風險</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>危急</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>銀級</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金級</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Programme manager</source>
        <translation>計畫經理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>已提名</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審核中</translation>
    </message>
    <message>
        <source>Cultivating</source>
        <translation>培養中</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀請</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已加入</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考推薦</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引言</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>案例研究</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>例行關懷</translation>
    </message>
    <message>
        <source>Business review</source>
        <translation>業務檢討會議</translation>
    </message>
    <message>
        <source>Executive call</source>
        <translation>高階主管通話</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>社群互動</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>感謝函</translation>
    </message>
    <message>
        <source>Executive thank-you</source>
        <translation>高階主管致謝</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>禮物</translation>
    </message>
    <message>
        <source>Public recognition</source>
        <translation>公開表揚</translation>
    </message>
    <message>
        <source>Exclusive access</source>
        <translation>專屬搶先體驗</translation>
    </message>
    <message>
        <source>Event invite</source>
        <translation>活動邀請</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>媒合中</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>已詢問</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排定</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>負面</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已聯絡</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已確認資格</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Engaged customer</source>
        <translation>參與的客戶</translation>
    </message>
    <message>
        <source>Enthusiast</source>
        <translation>熱衷者</translation>
    </message>
    <message>
        <source>Early-stage advocate</source>
        <translation>初期倡導者</translation>
    </message>
    <message>
        <source>Transitioning advocate</source>
        <translation>轉型中的倡導者</translation>
    </message>
    <message>
        <source>Full-blown advocate</source>
        <translation>全面倡導者</translation>
    </message>
</context>
<context>
    <name>ad::ErasePersonDialog</name>
    <message>
        <source>Erase Person</source>
        <translation>清除個人資料</translation>
    </message>
    <message>
        <source>Email of the person to erase</source>
        <translation>要清除者的電子郵件</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Erase %1 completely: the profile, every row about them, and their name, email and phone number wherever other rows mention them. This cannot be undone. A salted hash of their email is kept so that restoring an older backup or merging an older bundle erases them again.

Type %2 to confirm.</source>
        <translation>完全抹除 %1：個人檔案、所有與其相關的列，以及其他列中提到的姓名、電子郵件與電話號碼。此動作無法復原。系統會保留其電子郵件的加鹽雜湊，因此還原較舊的備份或合併較舊的同步套件時會再次抹除此人。

請輸入 %2 以確認。</translation>
    </message>
    <message numerus="yes">
        <source>Also rewrite the %n backups in the backups folder without them</source>
        <translation>
            <numerusform>同時重寫備份資料夾中的 %n 份備份並移除此人</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups taken before now hold the person until they are rewritten. Copies saved elsewhere are out of reach.</source>
        <translation>先前取得的備份在重寫前仍保有此人。存放在其他位置的副本無法觸及。</translation>
    </message>
</context>
<context>
    <name>ad::ErrorMessage</name>
    <message>
        <source>Please check the input</source>
        <translation>請檢查輸入內容</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>已經存在</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允許</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>資料庫忙碌中</translation>
    </message>
    <message>
        <source>Made by a newer version</source>
        <translation>由較新版本建立</translation>
    </message>
    <message>
        <source>Not an Advocate Desk database</source>
        <translation>不是 Advocate Desk 資料庫</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>資料庫已損毀</translation>
    </message>
    <message>
        <source>Could not read or write the database</source>
        <translation>無法讀取或寫入資料庫</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>ad::FeedbackDialog</name>
    <message>
        <source>Add Feedback</source>
        <translation>新增意見回饋</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>無評分</translation>
    </message>
    <message>
        <source>Advocate&apos;s email, if a known person said it</source>
        <translation>倡導者的電子郵件（若是已知人士所說）</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>無帳戶</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. onboarding, support</source>
        <translation>以逗號分隔，例如 onboarding, support</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情緒</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>他們說了什麼</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>倡導者</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>No advocate has the email “%1”. Leave it empty, or add the advocate first.</source>
        <translation>沒有倡導者的電子郵件是「%1」。請留空，或先新增此倡導者。</translation>
    </message>
    <message>
        <source>Add feedback from %1</source>
        <translation>新增來自 %1 的意見回饋</translation>
    </message>
    <message>
        <source>Added the feedback from %1.</source>
        <translation>已新增來自 %1 的意見回饋。</translation>
    </message>
</context>
<context>
    <name>ad::FeedbackModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情緒</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>誰</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>他們說了什麼</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
</context>
<context>
    <name>ad::FeedbackPage</name>
    <message>
        <source>Nominate</source>
        <translation>提名</translation>
    </message>
    <message>
        <source>Evidence for the nomination:</source>
        <translation>提名的依據：</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>客戶之聲</translation>
    </message>
    <message>
        <source>Search feedback, tags, people and accounts</source>
        <translation>搜尋意見回饋、標籤、人員與帳戶</translation>
    </message>
    <message>
        <source>Search feedback</source>
        <translation>搜尋意見回饋</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有來源</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情緒</translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation>任何情緒</translation>
    </message>
    <message>
        <source>Add Feedback…</source>
        <translation>新增意見回饋…</translation>
    </message>
    <message>
        <source>Nominate the advocate behind a positive item</source>
        <translation>提名正面項目背後的倡導者</translation>
    </message>
    <message>
        <source>%1 review, rated %2: “%3”</source>
        <translation>%1 評論，評分 %2：「%3」</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：「%2」</translation>
    </message>
    <message>
        <source>Feedback items</source>
        <translation>意見回饋項目</translation>
    </message>
</context>
<context>
    <name>ad::FontCoverage</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日文</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓文</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>泰文</translation>
    </message>
    <message>
        <source>No installed font shows %1 text, so some names appear as empty boxes. Install a font for it (on Debian and Ubuntu: the package fonts-noto-cjk).</source>
        <translation>沒有已安裝的字型能顯示%1文字，因此部分姓名會顯示為空白方框。請安裝相應字型（Debian 與 Ubuntu：套件 fonts-noto-cjk）。</translation>
    </message>
</context>
<context>
    <name>ad::IdentityBanner</name>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>稍後再說</translation>
    </message>
    <message>
        <source>Who are you in this programme?</source>
        <translation>您在此計畫中是誰？</translation>
    </message>
    <message>
        <source>Your name goes with every change you make here, and only a programme manager decides tier reviews. You can change this later in Preferences.</source>
        <translation>您在這裡所做的每項變更都會記上您的名字，而只有計畫經理能決定等級審核。之後可在偏好設定中更改。</translation>
    </message>
    <message>
        <source>Ask again the next time this file opens</source>
        <translation>下次開啟此檔案時再詢問</translation>
    </message>
</context>
<context>
    <name>ad::IdentityForm</name>
    <message>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>您的角色</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的名字(&amp;N)：</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>您的角色(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ad::Import</name>
    <message>
        <source>no advocate has the email %1; import the advocates first.</source>
        <translation>沒有倡導者的電子郵件是 %1；請先匯入倡導者。</translation>
    </message>
    <message>
        <source>an NPS score must be between 0 and 10; %1 is not.</source>
        <translation>NPS 分數必須介於 0 到 10 之間；%1 不是。</translation>
    </message>
    <message>
        <source>unknown account “%1”; import the accounts first.</source>
        <translation>未知的帳戶「%1」；請先匯入帳戶。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>匯入已取消；未寫入任何內容。</translation>
    </message>
    <message>
        <source>contains an invisible or control character (U+%1); type the value again.</source>
        <translation>含有不可見字元或控制字元（U+%1）；請重新輸入此值。</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are allowed.</source>
        <translation>%1 個字元；最多允許 %2 個。</translation>
    </message>
    <message>
        <source>“%1” is not a segment; use one of: %2.</source>
        <translation>「%1」不是市場區隔；請使用下列其中之一：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a health; use one of: %2.</source>
        <translation>「%1」不是健康狀態；請使用下列其中之一：%2。</translation>
    </message>
    <message>
        <source>“%1” is already on line %2 of this file.</source>
        <translation>「%1」已出現在此檔案的第 %2 行。</translation>
    </message>
    <message>
        <source>an account named “%1” already exists; choose --on-duplicate skip or update.</source>
        <translation>名為「%1」的帳戶已存在；請選擇 --on-duplicate skip 或 update。</translation>
    </message>
    <message>
        <source>%1 is already on line %2 of this file.</source>
        <translation>%1 已出現在此檔案的第 %2 行。</translation>
    </message>
    <message>
        <source>%1 already belongs to %2 in the database; choose --on-duplicate skip or update.</source>
        <translation>%1 在資料庫中已屬於 %2；請選擇 --on-duplicate skip 或 update。</translation>
    </message>
    <message>
        <source>a name is required (a name column, or first and last name).</source>
        <translation>必須有姓名（姓名欄，或名字與姓氏欄）。</translation>
    </message>
    <message>
        <source>a value is required.</source>
        <translation>必須有值。</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>從 %1 匯入</translation>
    </message>
    <message>
        <source>%1: not a JSON mapping: %2 (at byte %3).</source>
        <translation>%1：不是 JSON 對應：%2（位於位元組 %3）。</translation>
    </message>
    <message>
        <source>%1: a mapping file needs a &quot;columns&quot; object, such as {&quot;columns&quot;: {&quot;E-mail&quot;: &quot;email&quot;}}.</source>
        <translation>%1：對應檔案需要一個 &quot;columns&quot; 物件，例如 {&quot;columns&quot;: {&quot;E-mail&quot;: &quot;email&quot;}}。</translation>
    </message>
    <message>
        <source>%1: the column “%2” must map to a field name in quotes.</source>
        <translation>%1：欄「%2」必須對應到以引號括住的欄位名稱。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a field of %3; the fields are: %4.</source>
        <translation>%1：「%2」不是 %3 的欄位；可用欄位為：%4。</translation>
    </message>
    <message>
        <source>%1: two columns are mapped to the field %2.</source>
        <translation>%1：有兩個欄對應到欄位 %2。</translation>
    </message>
    <message>
        <source>%1: no column for the required field %2; name a column “%2” or map one to it with --mapping.</source>
        <translation>%1：必填欄位 %2 沒有對應的欄；請將某欄命名為「%2」，或使用 --mapping 對應。</translation>
    </message>
    <message>
        <source>unknown activity type “%1”; use a name from the activity catalogue.</source>
        <translation>未知的活動類型「%1」；請使用活動目錄中的名稱。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>a date is required.</source>
        <translation>必須填寫日期。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>「%1」不是日期；請寫成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>a number is required.</source>
        <translation>必須是數字。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>「%1」不是數字。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>「%1」不是整數。</translation>
    </message>
    <message>
        <source>%1 is below the smallest allowed value, %2.</source>
        <translation>%1 低於允許的最小值 %2。</translation>
    </message>
</context>
<context>
    <name>ad::ImportKind</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>區隔</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>客戶起始日</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>續約日期</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>個人檔案網址</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Artifact link</source>
        <translation>成果連結</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>ad::ImportMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>對應欄</translation>
    </message>
    <message>
        <source>Choose the field each column fills; fields marked * are required.</source>
        <translation>選擇每個欄要填入的欄位；標示 * 的欄位為必填。</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>欄對應</translation>
    </message>
    <message>
        <source>Column in file</source>
        <translation>檔案中的欄</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一個值</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>儲存對應…</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>欄 %1 的欄位</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>儲存對應</translation>
    </message>
    <message>
        <source>mapping.json</source>
        <translation>mapping.json</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>對應檔案 (*.json)</translation>
    </message>
</context>
<context>
    <name>ad::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Nothing is written until you click Finish, and then all rows or none.</source>
        <translation>在您按下「完成」之前不會寫入任何內容，屆時會匯入全部的列或完全不匯入。</translation>
    </message>
    <message>
        <source>Rows as they will be imported</source>
        <translation>將匯入的列</translation>
    </message>
    <message>
        <source>Row errors</source>
        <translation>列錯誤</translation>
    </message>
    <message>
        <source>Row errors:</source>
        <translation>列錯誤：</translation>
    </message>
    <message>
        <source>%1. %2 to create, %3 to update, %4 to skip, %5. %6</source>
        <translation>%1。%2 筆建立、%3 筆更新、%4 筆略過，%5。%6</translation>
    </message>
    <message numerus="yes">
        <source>%n new accounts</source>
        <translation>
            <numerusform>%n 個新帳戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>可以匯入。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未匯入任何內容：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: the rows have errors now.</source>
        <translation>未匯入任何內容：這些列現在有錯誤。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Import only the rows without errors; leave the others out</source>
        <translation>只匯入沒有錯誤的列；略過其他列</translation>
    </message>
    <message>
        <source>Save Error Report…</source>
        <translation>儲存錯誤報告…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>匯入進度</translation>
    </message>
    <message>
        <source>Without this, a file with any row error is refused whole.</source>
        <translation>若不勾選此項，任何一列有錯誤的檔案都會被整個拒絕。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>正在檢查 %n 列…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors: fix the file and import again, or import only the other rows.</source>
        <translation>
            <numerusform>有 %n 列有錯誤：請修正檔案後再匯入一次，或只匯入其他列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking was cancelled. Go back, or check again from the first page.</source>
        <translation>檢查已取消。請返回，或從第一頁重新檢查。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>匯入已取消；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped, %4 accounts created. %5</source>
        <translation>已匯入：%1 筆建立、%2 筆更新、%3 筆略過、%4 個帳戶已建立。%5</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors left out.</source>
        <translation>
            <numerusform>已略過 %n 個有錯誤的列。</numerusform>
        </translation>
    </message>
    <message>
        <source>-errors</source>
        <translation>-錯誤</translation>
    </message>
    <message>
        <source>Save Error Report</source>
        <translation>儲存錯誤報告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Error report saved to %1.</source>
        <translation>錯誤報告已儲存至 %1。</translation>
    </message>
</context>
<context>
    <name>ad::ImportSourcePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>選擇 CSV 檔案</translation>
    </message>
    <message>
        <source>Spreadsheet and CRM exports work as they are: the encoding and the delimiter are detected.</source>
        <translation>試算表與 CRM 匯出檔可直接使用：編碼與分隔符號會自動偵測。</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 檔案</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Browse for the CSV file</source>
        <translation>瀏覽 CSV 檔案</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>檔案內容</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>倡導者</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS 回覆</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>貢獻</translation>
    </message>
    <message>
        <source>Column mapping preset</source>
        <translation>欄對應預設集</translation>
    </message>
    <message>
        <source>Match columns by their names</source>
        <translation>依名稱比對欄</translation>
    </message>
    <message>
        <source>Salesforce export</source>
        <translation>Salesforce 匯出</translation>
    </message>
    <message>
        <source>HubSpot export</source>
        <translation>HubSpot 匯出</translation>
    </message>
    <message>
        <source>Mapping file…</source>
        <translation>對應檔案…</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>對應檔案</translation>
    </message>
    <message>
        <source>A JSON mapping saved from this wizard</source>
        <translation>從此精靈儲存的 JSON 對應</translation>
    </message>
    <message>
        <source>Browse for a mapping file</source>
        <translation>瀏覽對應檔案</translation>
    </message>
    <message>
        <source>Rows already in the database</source>
        <translation>資料庫中已存在的列</translation>
    </message>
    <message>
        <source>Refuse them (show as errors)</source>
        <translation>拒絕（顯示為錯誤）</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Update them from the file</source>
        <translation>以檔案內容更新</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>內容(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>對應(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>重複項目(&amp;D)：</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>匯入 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Column Mapping</source>
        <translation>欄對應</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>對應檔案 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 沒有檔案。</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>檔案的編碼</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>編碼(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>ad::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>匯入 CSV</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>以分號分隔</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>以定位字元分隔</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>以逗號分隔</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1, %2, %n rows</source>
        <translation>
            <numerusform>編碼 %1，%2，%n 列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::Kpi</name>
    <message>
        <source>“%1” is not a part of this KPI.</source>
        <translation>「%1」不是此 KPI 的一部分。</translation>
    </message>
    <message>
        <source>There is no user named “%1”.</source>
        <translation>沒有名為「%1」的使用者。</translation>
    </message>
    <message>
        <source>A KPI range needs a start and an end date.</source>
        <translation>KPI 範圍需要開始與結束日期。</translation>
    </message>
    <message>
        <source>The range starts (%1) after it ends (%2).</source>
        <translation>範圍的開始（%1）晚於結束（%2）。</translation>
    </message>
    <message>
        <source>“%1” is not a segment.</source>
        <translation>「%1」不是市場區隔。</translation>
    </message>
    <message>
        <source>“%1” is not a tier.</source>
        <translation>「%1」不是等級。</translation>
    </message>
</context>
<context>
    <name>ad::KpiChartView</name>
    <message>
        <source>Could not draw the chart as PNG.</source>
        <translation>無法將圖表繪製為 PNG。</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>將圖表儲存為 PNG…</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>將圖表儲存為 SVG…</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>將圖表儲存為 PNG</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>將圖表儲存為 SVG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 圖片 (*.svg)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>圖表未儲存</translation>
    </message>
    <message>
        <source>Dashboard chart</source>
        <translation>儀表板圖表</translation>
    </message>
    <message>
        <source>Chart. Click a bar or slice to list what it counts; right-click to save it as PNG or SVG.</source>
        <translation>圖表。按一下長條或扇形即可列出其計算的項目；按右鍵可另存為 PNG 或 SVG。</translation>
    </message>
</context>
<context>
    <name>ad::KpiSummary</name>
    <message>
        <source>Thank-you owed</source>
        <translation>待致謝</translation>
    </message>
    <message>
        <source>Final version not shared</source>
        <translation>未分享最終版本</translation>
    </message>
    <message>
        <source>Unused contribution</source>
        <translation>未使用的貢獻</translation>
    </message>
    <message>
        <source>One-way relationship</source>
        <translation>單向關係</translation>
    </message>
    <message>
        <source>Stale profile</source>
        <translation>過期的個人檔案</translation>
    </message>
    <message>
        <source>Stale consent</source>
        <translation>過期的同意</translation>
    </message>
    <message>
        <source>CSM over capacity</source>
        <translation>CSM 超出容量</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推薦者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被動者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>批評者</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>CSM: %1</source>
        <translation>CSM：%1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>市場區隔：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地區：%1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>等級：%1</translation>
    </message>
    <message>
        <source>All advocates</source>
        <translation>所有倡導者</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS 回覆</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>參與率</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>貢獻</translation>
    </message>
    <message>
        <source>Fatigued advocates</source>
        <translation>疲勞的倡導者</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>轉介</translation>
    </message>
    <message>
        <source>Referral conversion</source>
        <translation>轉介轉換率</translation>
    </message>
    <message>
        <source>Referral value won</source>
        <translation>轉介成交價值</translation>
    </message>
    <message>
        <source>Reference-influenced revenue</source>
        <translation>受參考推薦影響的營收</translation>
    </message>
    <message>
        <source>Win rate with a reference</source>
        <translation>有參考推薦時的贏單率</translation>
    </message>
    <message>
        <source>Win rate without a reference</source>
        <translation>無參考推薦時的贏單率</translation>
    </message>
    <message>
        <source>Reference coverage</source>
        <translation>參考推薦涵蓋率</translation>
    </message>
    <message>
        <source>Median days to fulfil</source>
        <translation>完成所需天數中位數</translation>
    </message>
    <message>
        <source>Retention, advocate accounts</source>
        <translation>留存率，倡導者帳戶</translation>
    </message>
    <message>
        <source>Retention, other accounts</source>
        <translation>留存率，其他帳戶</translation>
    </message>
    <message>
        <source>Follow-up debt</source>
        <translation>待跟進事項</translation>
    </message>
</context>
<context>
    <name>ad::KpiTile</name>
    <message>
        <source>Previous period: %1</source>
        <translation>前一期間：%1</translation>
    </message>
    <message>
        <source>Click to list what this counts</source>
        <translation>按一下以列出此項計入的內容</translation>
    </message>
    <message>
        <source>%1 (previous period: %2)</source>
        <translation>%1（前一期間：%2）</translation>
    </message>
</context>
<context>
    <name>ad::MainWindow</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>匯入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Case Studies…</source>
        <translation>匯出案例研究(&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;xport Sync Bundle…</source>
        <translation>匯出同步套件(&amp;X)…</translation>
    </message>
    <message>
        <source>The changes since this file&apos;s last sync export, for a colleague to merge</source>
        <translation>此檔案自上次同步匯出以來的變更，供同事合併</translation>
    </message>
    <message>
        <source>Export &amp;Full Sync Bundle…</source>
        <translation>匯出完整同步套件(&amp;F)…</translation>
    </message>
    <message>
        <source>Im&amp;port Sync Bundle…</source>
        <translation>匯入同步套件(&amp;P)…</translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 updated, %4 skipped.</source>
        <translation>已匯入 %1：%2 筆建立、%3 筆更新、%4 筆略過。</translation>
    </message>
    <message>
        <source>Export Sync Bundle</source>
        <translation>匯出同步套件</translation>
    </message>
    <message>
        <source>Sync bundles (*.json)</source>
        <translation>同步套件 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Sync bundle written: %n changed rows in %1.</source>
        <translation>
            <numerusform>已寫入同步套件 %1：%n 列變更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Sync Bundle</source>
        <translation>匯入同步套件</translation>
    </message>
    <message>
        <source>Sync bundles (*.json);;All files (*)</source>
        <translation>同步套件 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Advocate Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Advocate Desk 資料庫 (*.sqlite *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新增資料庫(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Nominate…</source>
        <translation>提名(&amp;N)…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation>載入示範資料(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Programme Settings…</source>
        <translation>計畫設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find Advocates</source>
        <translation>尋找倡導者(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Advocate Desk</source>
        <translation>關於 Advocate Desk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Could not read the advocates: %1</source>
        <translation>無法讀取倡導者：%1</translation>
    </message>
    <message>
        <source>%1 — Advocate Desk</source>
        <translation>%1 — Advocate Desk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>Fill this empty database with a demo programme</source>
        <translation>以示範計畫填入此空白資料庫</translation>
    </message>
    <message>
        <source>Demo data goes into an empty database: create one with File → New Database</source>
        <translation>示範資料只能放入空白資料庫：請以「檔案 → 新增資料庫」建立一個</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>載入示範資料</translation>
    </message>
    <message>
        <source>Fill this empty database with a demo programme of how many advocates?</source>
        <translation>要以多少位倡導者的示範計畫填入此空白資料庫？</translation>
    </message>
    <message>
        <source>Creating a demo programme of %L1 advocates…</source>
        <translation>正在建立含 %L1 位倡導者的示範計畫…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo programme loaded: %1</source>
        <translation>已載入示範計畫：%1</translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was written.</source>
        <translation>示範資料已取消；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>正在建立示範資料…</translation>
    </message>
    <message>
        <source>Wait for the demo data to finish, or cancel it, before opening another file.</source>
        <translation>請等待示範資料完成或取消它，再開啟其他檔案。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <source>advocates.sqlite</source>
        <translation>advocates.sqlite</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>「%1」已存在。請選擇其他名稱，或使用「開啟資料庫」開啟它。</translation>
    </message>
    <message>
        <source>Refreshed: %1</source>
        <translation>已重新整理：%1</translation>
    </message>
    <message>
        <source>About Advocate Desk</source>
        <translation>關於 Advocate Desk</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>偏好設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Advocate Desk backups (*.sqlite);;All files (*)</source>
        <translation>Advocate Desk 備份 (*.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the backup “%2”?

The current file is kept as a safety copy in “%3”. Other programs using the file should be closed first.</source>
        <translation>要以備份「%2」取代「%1」中的所有內容嗎？

目前的檔案會以安全副本保留在「%3」中。請先關閉其他正在使用此檔案的程式。</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>備份資料庫(&amp;B)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>從備份還原(&amp;T)…</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>Backed up to “%1”.</source>
        <translation>已備份到「%1」。</translation>
    </message>
    <message>
        <source>Restored from “%1”; the replaced file was kept as “%2”.</source>
        <translation>已從「%1」還原；被取代的檔案已保留為「%2」。</translation>
    </message>
    <message>
        <source>Database File Changed</source>
        <translation>資料庫檔案已變更</translation>
    </message>
    <message>
        <source>Wait for the demo data to finish, or cancel it, first.</source>
        <translation>請先等待示範資料完成，或取消它。</translation>
    </message>
    <message numerus="yes">
        <source>%n people erased since the backup was taken were erased again.</source>
        <translation>
            <numerusform>自備份取得後被抹除的 %n 人已再次抹除。</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle erases people or changes consents. Accept these changes?</source>
        <translation>此同步套件會抹除人員或變更同意。要接受這些變更嗎？</translation>
    </message>
    <message>
        <source>Nothing is merged unless you accept.</source>
        <translation>除非你接受，否則不會合併任何內容。</translation>
    </message>
    <message>
        <source>This bundle is signed by a key this programme has not seen before: %1.</source>
        <translation>此同步套件以此計畫從未見過的金鑰簽署：%1。</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <source>Its fingerprint is

%1

Accept it only if it is the fingerprint your colleague reads to you from Help → About or &apos;advocatedesk-cli sync-key&apos;. Accepted once, their later bundles merge without asking.</source>
        <translation>其指紋為

%1

只有在與同事從「說明 → 關於」或「advocatedesk-cli sync-key」唸給你的指紋相同時才接受。接受一次後，他們之後的同步套件會直接合併，不再詢問。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Advocate Desk %1&lt;/h3&gt;&lt;p&gt;Run a customer advocacy programme: nominate, nurture, ask without wearing customers out, thank them, and show the programme&apos;s effect.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;&lt;p&gt;Sync bundles from this file are signed with the key whose fingerprint is&lt;br&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Advocate Desk %1&lt;/h3&gt;&lt;p&gt;經營客戶倡導計畫：提名、培養、在不讓客戶疲乏的前提下提出詢問、感謝他們，並展現計畫的成效。&lt;/p&gt;&lt;p&gt;資料庫：%2&lt;br&gt;結構描述版本 %3&lt;/p&gt;&lt;p&gt;此檔案的同步套件以指紋如下的金鑰簽署：&lt;br&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;&lt;p&gt;授權條款：MIT。使用 Qt %4 建置。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change programme settings</source>
        <translation>變更計畫設定</translation>
    </message>
    <message>
        <source>Saved the programme settings.</source>
        <translation>已儲存計畫設定。</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已復原：%1</translation>
    </message>
    <message>
        <source>You: %1 (%2)</source>
        <translation>您：%1（%2）</translation>
    </message>
    <message>
        <source>You: %1 (not in this programme)</source>
        <translation>您：%1（不在此計畫中）</translation>
    </message>
    <message>
        <source>Who you are in this programme: change it in Preferences</source>
        <translation>您在此計畫中的身分：可在偏好設定中更改</translation>
    </message>
    <message>
        <source>ADVOCATEDESK_USER says who you are in this session</source>
        <translation>ADVOCATEDESK_USER 指定了您在此工作階段中的身分</translation>
    </message>
    <message>
        <source>Who You Are</source>
        <translation>您的身分</translation>
    </message>
    <message>
        <source>You are %1 (%2) in this programme.</source>
        <translation>您在此計畫中是 %1（%2）。</translation>
    </message>
    <message>
        <source>Go To</source>
        <translation>前往</translation>
    </message>
    <message>
        <source>A restore replaces a database file, and this programme is on a server. To bring a backup onto a server, copy it into an empty database with “advocatedesk-cli server push BACKUP ADDRESS”. Nothing was changed.</source>
        <translation>還原會取代資料庫檔案，而此計畫位於伺服器上。若要把備份放到伺服器上，請以「advocatedesk-cli server push BACKUP ADDRESS」將它複製到空的資料庫。未變更任何內容。</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>連線到伺服器(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ad::MatchDialog</name>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>倡導者</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Asked (180 d)</source>
        <translation>已詢問（180 天）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Not asked because</source>
        <translation>未詢問的原因</translation>
    </message>
    <message>
        <source>Ask Selected Advocate</source>
        <translation>詢問所選倡導者</translation>
    </message>
    <message>
        <source>Match Request</source>
        <translation>媒合請求</translation>
    </message>
    <message>
        <source>Eligible advocates, best first</source>
        <translation>符合資格的倡導者，最佳者在前</translation>
    </message>
    <message>
        <source>Excluded advocates and why</source>
        <translation>被排除的倡導者及原因</translation>
    </message>
    <message>
        <source>Eligible, best fit first (among equals, the least asked first)</source>
        <translation>符合資格，最契合者在前（條件相同時，被詢問最少者在前）</translation>
    </message>
    <message>
        <source>Protected from this ask</source>
        <translation>受保護，不接受此詢問</translation>
    </message>
    <message>
        <source>%1 for %2 — wants %3. %4 eligible, %5 protected.</source>
        <translation>%2 的 %1 — 需要 %3。%4 位符合資格，%5 位受保護。</translation>
    </message>
    <message>
        <source>an unnamed requester</source>
        <translation>未具名的請求者</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>媒合中…</translation>
    </message>
    <message>
        <source>Ask %1</source>
        <translation>詢問 %1</translation>
    </message>
    <message>
        <source>Asked %1 for %2.</source>
        <translation>已為 %2 詢問 %1。</translation>
    </message>
    <message>
        <source>Asked %1.</source>
        <translation>已詢問 %1。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>詢問</translation>
    </message>
    <message>
        <source>The request is %1; nobody more can be asked for it.</source>
        <translation>此請求為%1；無法再詢問任何人。</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Ask Anyway</source>
        <translation>仍要詢問</translation>
    </message>
    <message>
        <source>Ask Anyway…</source>
        <translation>仍要詢問…</translation>
    </message>
    <message>
        <source>Ask the selected protected advocate all the same, with a reason (audited)</source>
        <translation>仍詢問所選的受保護倡導者，並附上理由（會記入稽核）</translation>
    </message>
    <message>
        <source>Select a protected advocate first.</source>
        <translation>請先選擇一位受保護的倡導者。</translation>
    </message>
    <message>
        <source>%1 was already asked for this request.</source>
        <translation>已就此請求詢問過 %1。</translation>
    </message>
    <message>
        <source>Only a programme manager may ask someone the rules protect; you work as “%1”. Say who you are in Edit → Preferences.</source>
        <translation>只有計畫經理能詢問受規則保護的人；您目前以「%1」的身分操作。請在「編輯 → 偏好設定」中說明您的身分。</translation>
    </message>
    <message>
        <source>%1 is protected: %2. Why ask them all the same? (Kept with the ask and in the audit log.)</source>
        <translation>%1 受到保護：%2。為什麼仍要詢問？（理由會與詢問一併保存，並記入稽核記錄。）</translation>
    </message>
</context>
<context>
    <name>ad::MoveCardCommand</name>
    <message>
        <source>%1 has not been nominated.</source>
        <translation>%1 尚未被提名。</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>將 %1 移到 %2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>復原：%1</translation>
    </message>
</context>
<context>
    <name>ad::MoveRequestCommand</name>
    <message>
        <source>Move request %1 to %2</source>
        <translation>將請求 %1 移到 %2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>復原：%1</translation>
    </message>
</context>
<context>
    <name>ad::MyDayPage</name>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>我的一天</translation>
    </message>
    <message>
        <source>Whose day</source>
        <translation>誰的一天</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待跟進事項</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>倡導者</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做什麼</translation>
    </message>
    <message>
        <source>Asks awaiting an answer</source>
        <translation>等待回覆的詢問</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>已詢問</translation>
    </message>
    <message>
        <source>For</source>
        <translation>針對</translation>
    </message>
    <message>
        <source>Not touched lately</source>
        <translation>最近未接觸</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>上次接觸</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Nominations stuck</source>
        <translation>停滯的提名</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Follow-ups due (%1)</source>
        <translation>待跟進事項（%1）</translation>
    </message>
    <message>
        <source>Log Thank-you</source>
        <translation>記錄致謝</translation>
    </message>
    <message>
        <source>Open Profile</source>
        <translation>開啟個人檔案</translation>
    </message>
    <message>
        <source>Asks awaiting an answer (%1)</source>
        <translation>等待回覆的詢問（%1）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not touched in %1 days (%2)</source>
        <translation>%1 天未接觸（%2）</translation>
    </message>
    <message>
        <source>Nominations stuck over %1 days (%2)</source>
        <translation>停滯超過 %1 天的提名（%2）</translation>
    </message>
    <message>
        <source>Show on Board</source>
        <translation>在看板上顯示</translation>
    </message>
    <message>
        <source>Log thank-you to %1</source>
        <translation>記錄對 %1 的致謝</translation>
    </message>
    <message>
        <source>Logged a thank-you note to %1.</source>
        <translation>已記錄給 %1 的感謝函。</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>我的（%1）</translation>
    </message>
    <message>
        <source>You (%1) own no advocates in this file: this is the whole team&apos;s day.</source>
        <translation>您（%1）在此檔案中沒有負責的倡導者：這是整個團隊的一天。</translation>
    </message>
    <message>
        <source>no user name</source>
        <translation>沒有使用者名稱</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本週到期</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>之後</translation>
    </message>
</context>
<context>
    <name>ad::NewRequestDialog</name>
    <message>
        <source>New Request</source>
        <translation>新增請求</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>需要日期</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>任何市場區隔</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>請求者</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Prospect company</source>
        <translation>潛在客戶公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>市場區隔</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>交易金額</translation>
    </message>
    <message>
        <source>New request: %1</source>
        <translation>新增請求：%1</translation>
    </message>
    <message>
        <source>Logged the request for %1.</source>
        <translation>已記錄 %1 的請求。</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新增請求</translation>
    </message>
    <message>
        <source>Logged the request.</source>
        <translation>已記錄請求。</translation>
    </message>
</context>
<context>
    <name>ad::NominateDialog</name>
    <message>
        <source>Nominate an Advocate</source>
        <translation>提名倡導者</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>Account: choose one or type a new name</source>
        <translation>帳戶：選擇一個或輸入新名稱</translation>
    </message>
    <message>
        <source>Why could this customer speak for the product? A promoter score, a result, a quote from a business review…</source>
        <translation>為什麼這位客戶能為產品發聲？推薦者分數、成果、業務檢討會議中的一句話…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>訊號</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>%1 at %2 is already on file: this nominates them.</source>
        <translation>%2 的 %1 已有紀錄：這將提名他們。</translation>
    </message>
    <message>
        <source>%1 is already in the nomination pipeline (%2).</source>
        <translation>%1 已在提名流程中（%2）。</translation>
    </message>
    <message>
        <source>Nominate %1</source>
        <translation>提名 %1</translation>
    </message>
    <message>
        <source>Nominated %1.</source>
        <translation>已提名 %1。</translation>
    </message>
</context>
<context>
    <name>ad::NominationRules</name>
    <message>
        <source>The nomination is already in “%1”.</source>
        <translation>此提名已在「%1」。</translation>
    </message>
    <message>
        <source>A nomination coming back from “%1” must be cultivated again before “%2”.</source>
        <translation>從「%1」返回的提名必須重新培養，才能進入「%2」。</translation>
    </message>
    <message>
        <source>“%1” cannot skip Cultivating: cultivate the relationship before any ask.</source>
        <translation>「%1」不能跳過「培養中」：在任何詢問之前先培養關係。</translation>
    </message>
    <message>
        <source>Move one stage at a time: from “%1” the next stage is “%2”.</source>
        <translation>一次只能移動一個階段：從「%1」的下一個階段是「%2」。</translation>
    </message>
    <message>
        <source>Record the advocate’s reference consent before enrolling them.</source>
        <translation>加入前請先記錄倡導者的參考推薦同意。</translation>
    </message>
    <message>
        <source>The advocate does not exist.</source>
        <translation>此倡導者不存在。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>This advocate is already in the nomination pipeline (%1).</source>
        <translation>此倡導者已在提名流程中（%1）。</translation>
    </message>
    <message>
        <source>Nominated again</source>
        <translation>再次提名</translation>
    </message>
    <message>
        <source>The nomination does not exist.</source>
        <translation>此提名不存在。</translation>
    </message>
    <message>
        <source>The nomination has moved to %1 since; undo that move first.</source>
        <translation>此提名之後已移至「%1」；請先復原該移動。</translation>
    </message>
</context>
<context>
    <name>ad::NpsChart</name>
    <message>
        <source>NPS history</source>
        <translation>NPS 歷史</translation>
    </message>
    <message>
        <source>No NPS answers yet</source>
        <translation>尚無 NPS 回覆</translation>
    </message>
</context>
<context>
    <name>ad::PageStack</name>
    <message>
        <source>My Day</source>
        <translation>我的一天</translation>
    </message>
    <message>
        <source>Follow-ups, answers awaited, advocates to touch</source>
        <translation>待跟進事項、等待回覆的詢問、需要接觸的倡導者</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Nomination pipeline and advocacy journey boards</source>
        <translation>提名流程與倡導歷程看板</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>倡導者</translation>
    </message>
    <message>
        <source>Everyone in the programme (Ctrl+F to search)</source>
        <translation>計畫中的每一位（Ctrl+F 搜尋）</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Asks from sales and marketing, matched fairly</source>
        <translation>來自業務與行銷的詢問，公平媒合</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <source>Programme KPIs, charts and the programme report</source>
        <translation>計畫 KPI、圖表與計畫報告</translation>
    </message>
    <message>
        <source>Tier Review</source>
        <translation>等級審核</translation>
    </message>
    <message>
        <source>Approve or override recommended tiers</source>
        <translation>核准或覆寫建議等級</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>意見回饋</translation>
    </message>
    <message>
        <source>Voice of the customer: reviews, posts, surveys</source>
        <translation>客戶之聲：評論、貼文、問卷</translation>
    </message>
</context>
<context>
    <name>ad::PersonalData</name>
    <message>
        <source>No advocate has the email %1.</source>
        <translation>沒有倡導者的電子郵件是 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ad::PersonalDataActions</name>
    <message>
        <source>Export Personal Data</source>
        <translation>匯出個人資料</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>Erase Person</source>
        <translation>清除個人資料</translation>
    </message>
    <message>
        <source>Personal Data</source>
        <translation>個人資料</translation>
    </message>
    <message>
        <source>Export Personal Data…</source>
        <translation>匯出個人資料…</translation>
    </message>
    <message>
        <source>Erase Person…</source>
        <translation>清除個人資料…</translation>
    </message>
</context>
<context>
    <name>ad::PipelinePage</name>
    <message>
        <source>Nomination Pipeline</source>
        <translation>提名流程</translation>
    </message>
    <message>
        <source>Advocacy Journey</source>
        <translation>倡導歷程</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>看板</translation>
    </message>
</context>
<context>
    <name>ad::PostgresUrl</name>
    <message>
        <source>“%1” is not a server address: it must start with postgresql://.</source>
        <translation>「%1」不是伺服器位址：必須以 postgresql:// 開頭。</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address (%2). Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>「%1」不是有效的伺服器位址（%2）。請寫成 postgresql://USER@HOST:PORT/DATABASE。</translation>
    </message>
    <message>
        <source>The server address holds a password. Leave it out: set PGPASSWORD, or put it in ~/.pgpass, so that it never shows in a command line or a list of recent programmes.</source>
        <translation>伺服器位址中含有密碼。請將它移除：設定 PGPASSWORD，或寫入 ~/.pgpass，讓密碼不會出現在命令列或最近計畫清單中。</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address: it has a “#” part.</source>
        <translation>「%1」不是有效的伺服器位址：其中含有「#」部分。</translation>
    </message>
    <message>
        <source>“%1” names no database: write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>「%1」沒有指定資料庫：請寫成 postgresql://USER@HOST:PORT/DATABASE。</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>「%1」不是連接埠號碼。</translation>
    </message>
    <message>
        <source>“%1” is not an SSL mode; use one of: %2.</source>
        <translation>「%1」不是 SSL 模式；請使用以下其中之一：%2。</translation>
    </message>
    <message>
        <source>The server address has a setting this version does not know: “%1” (known: host, port, sslmode).</source>
        <translation>伺服器位址中有此版本不認識的設定：「%1」（已知：host、port、sslmode）。</translation>
    </message>
</context>
<context>
    <name>ad::Preferences</name>
    <message>
        <source>Open Database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>Advocate Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Advocate Desk 資料庫 (*.sqlite *.db);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>ad::PreferencesDialog</name>
    <message>
        <source>Advocate Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Advocate Desk 資料庫 (*.sqlite *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>資料庫檔案</translation>
    </message>
    <message>
        <source>Current database file</source>
        <translation>目前的資料庫檔案</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Work in another existing database file</source>
        <translation>改用另一個現有的資料庫檔案</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new, empty database file</source>
        <translation>建立新的空白資料庫檔案</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>移動(&amp;M)…</translation>
    </message>
    <message>
        <source>Move the current file to another folder or name; it stays open</source>
        <translation>將目前的檔案移到其他資料夾或改名；檔案會保持開啟</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>A new language applies when Advocate Desk starts again.</source>
        <translation>新的語言會在 Advocate Desk 重新啟動後套用。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Reopen the last file</source>
        <translation>重新開啟上次的檔案</translation>
    </message>
    <message>
        <source>Ask which file to open</source>
        <translation>詢問要開啟哪個檔案</translation>
    </message>
    <message>
        <source>Open the default file</source>
        <translation>開啟預設檔案</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>佈景主題(&amp;T)：</translation>
    </message>
    <message>
        <source>At &amp;start:</source>
        <translation>啟動時(&amp;S)：</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it.</source>
        <translation>「%1」已存在。請選擇其他名稱，或開啟它。</translation>
    </message>
    <message>
        <source>Move Database</source>
        <translation>移動資料庫</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>您是</translation>
    </message>
    <message>
        <source>ADVOCATEDESK_USER says you are “%1” while Advocate Desk runs this time.</source>
        <translation>本次執行 Advocate Desk 期間，ADVOCATEDESK_USER 指定您是「%1」。</translation>
    </message>
    <message>
        <source>Who you are in this programme file: your name goes with every change you make, and only a programme manager decides tier reviews.</source>
        <translation>您在此計畫檔案中的身分：您所做的每項變更都會記上您的名字，而只有計畫經理能決定等級審核。</translation>
    </message>
    <message>
        <source>The programme is on a server, not in a file: there is no file to move</source>
        <translation>此計畫位於伺服器上，而非檔案中：沒有可移動的檔案</translation>
    </message>
</context>
<context>
    <name>ad::PreferencesEditor</name>
    <message>
        <source>Open to %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>尚未詢問</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Not open to</source>
        <translation>不接受</translation>
    </message>
    <message>
        <source>Change preference: %1</source>
        <translation>變更偏好：%1</translation>
    </message>
</context>
<context>
    <name>ad::ProfileWindow</name>
    <message>
        <source>Log</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Touch…</source>
        <translation>接觸…</translation>
    </message>
    <message>
        <source>Contribution…</source>
        <translation>貢獻…</translation>
    </message>
    <message>
        <source>Appreciation…</source>
        <translation>致謝…</translation>
    </message>
    <message>
        <source>Referral…</source>
        <translation>轉介…</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>新增備註…</translation>
    </message>
    <message>
        <source>Nominate…</source>
        <translation>提名…</translation>
    </message>
    <message>
        <source>signals</source>
        <translation>訊號</translation>
    </message>
    <message>
        <source>Asking</source>
        <translation>詢問</translation>
    </message>
    <message>
        <source>Do not ask until</source>
        <translation>在此日期前請勿詢問</translation>
    </message>
    <message>
        <source>do-not-ask date</source>
        <translation>請勿詢問日期</translation>
    </message>
    <message>
        <source>Success story</source>
        <translation>成功故事</translation>
    </message>
    <message>
        <source>Quantified value outcomes</source>
        <translation>量化的價值成果</translation>
    </message>
    <message>
        <source>For example: cut onboarding from 6 weeks to 10 days</source>
        <translation>例如：將導入期從 6 週縮短為 10 天</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>故事</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>Show timeline entries of kind</source>
        <translation>顯示此類型的時間軸項目</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>This advocate no longer exists.</source>
        <translation>此倡導者已不存在。</translation>
    </message>
    <message>
        <source>%1 — Advocate Desk</source>
        <translation>%1 — Advocate Desk</translation>
    </message>
    <message>
        <source>Already in the nomination pipeline</source>
        <translation>已在提名流程中</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>story</source>
        <translation>故事</translation>
    </message>
    <message>
        <source>Log Touch</source>
        <translation>記錄接觸</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <source>Note about %1:</source>
        <translation>關於 %1 的備註：</translation>
    </message>
    <message>
        <source>Nominate</source>
        <translation>提名</translation>
    </message>
    <message>
        <source>Why could %1 speak for the product? (evidence)</source>
        <translation>為什麼 %1 能為產品發聲？（依據）</translation>
    </message>
    <message>
        <source>Activity preferences</source>
        <translation>活動偏好</translation>
    </message>
    <message>
        <source>Could not save the preference</source>
        <translation>無法儲存偏好</translation>
    </message>
    <message>
        <source>Log touch with %1</source>
        <translation>記錄與 %1 的接觸</translation>
    </message>
    <message>
        <source>Logged a touch with %1.</source>
        <translation>已記錄與 %1 的接觸。</translation>
    </message>
    <message>
        <source>Add note about %1</source>
        <translation>新增關於 %1 的備註</translation>
    </message>
    <message>
        <source>Added a note about %1.</source>
        <translation>已新增關於 %1 的備註。</translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation>個人檔案分頁</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>訊號</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
</context>
<context>
    <name>ad::ProgrammeCopy</name>
    <message>
        <source>“%1” has no table %2: it is not a whole Advocate Desk programme.</source>
        <translation>「%1」沒有資料表 %2：它不是完整的 Advocate Desk 計畫。</translation>
    </message>
    <message>
        <source>“%1” is at schema %2, not %3: a programme is copied only between databases of this version. Nothing was changed.</source>
        <translation>「%1」的結構描述為 %2，而非 %3：計畫只能在此版本的資料庫之間複製。未變更任何內容。</translation>
    </message>
    <message>
        <source>“%1” already holds a programme (its table %2 has rows). A programme is copied only into an empty database; nothing was changed.</source>
        <translation>「%1」已含有計畫（其資料表 %2 有資料列）。計畫只能複製到空的資料庫；未變更任何內容。</translation>
    </message>
    <message>
        <source>Copying the table %1 to “%2” failed: %3</source>
        <translation>將資料表 %1 複製到「%2」失敗：%3</translation>
    </message>
    <message>
        <source>The table %1 has other columns in “%2” than in “%3”; nothing was changed.</source>
        <translation>資料表 %1 在「%2」與「%3」中的欄位不同；未變更任何內容。</translation>
    </message>
    <message>
        <source>“%1” is at schema %2, not %3: open it with this version first, which upgrades it. Nothing was changed.</source>
        <translation>「%1」的結構描述為 %2，而非 %3：請先以此版本開啟它，此版本會將其升級。未變更任何內容。</translation>
    </message>
    <message>
        <source>“%1” was opened read-only; nothing was changed.</source>
        <translation>「%1」以唯讀方式開啟；未變更任何內容。</translation>
    </message>
    <message>
        <source>The copy of the table %1 in “%2” does not match the original: %3 rows there, %4 rows here, checksums %5 and %6. Nothing was kept.</source>
        <translation>資料表 %1 在「%2」中的副本與原本的不符：原本 %3 列，這裡 %4 列，總和檢查碼為 %5 與 %6。未保留任何內容。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the snapshot “%1”.</source>
        <translation>無法寫入快照「%1」。</translation>
    </message>
</context>
<context>
    <name>ad::ProgrammeReport</name>
    <message>
        <source>Range: %1</source>
        <translation>範圍：%1</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>前一期間：%1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>篩選條件：%1</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>製作日期：%1</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期間</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>前一期間</translation>
    </message>
    <message>
        <source>Advocacy Programme Report</source>
        <translation>倡導計畫報告</translation>
    </message>
</context>
<context>
    <name>ad::ProgrammeSettings</name>
    <message>
        <source>Ask cap (counted asks)</source>
        <translation>詢問上限（計入的詢問）</translation>
    </message>
    <message>
        <source>… within</source>
        <translation>… 期間</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Rest after a high-barrier contribution</source>
        <translation>高門檻貢獻後的休息期</translation>
    </message>
    <message>
        <source>A decline blocks the same activity for</source>
        <translation>婉拒會阻止相同活動的期間</translation>
    </message>
    <message>
        <source>Fair distribution looks back</source>
        <translation>公平分配的回溯期間</translation>
    </message>
    <message>
        <source>No ask this close to a renewal</source>
        <translation>續約前此期間內不詢問</translation>
    </message>
    <message>
        <source>NPS detractor up to</source>
        <translation>NPS 批評者上限</translation>
    </message>
    <message>
        <source>NPS passive up to</source>
        <translation>NPS 被動者上限</translation>
    </message>
    <message>
        <source>Matching: share of fit in the score</source>
        <translation>媒合：契合度在分數中的比重</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Thank-you due within</source>
        <translation>致謝期限</translation>
    </message>
    <message>
        <source>Case-study final version due within</source>
        <translation>案例研究最終版本期限</translation>
    </message>
    <message>
        <source>Contribution unused after</source>
        <translation>貢獻未使用的期限</translation>
    </message>
    <message>
        <source>One-way relationship: no touch in</source>
        <translation>單向關係：未接觸期間</translation>
    </message>
    <message>
        <source>My Day: not touched in</source>
        <translation>我的一天：未接觸期間</translation>
    </message>
    <message>
        <source>Nomination stuck after</source>
        <translation>提名停滯期限</translation>
    </message>
    <message>
        <source>Profiles and consents stale after</source>
        <translation>個人檔案與同意過期期限</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source>CSM capacity (enrolled advocates)</source>
        <translation>CSM 容量（已加入的倡導者）</translation>
    </message>
    <message>
        <source>Contact points expire after</source>
        <translation>接觸點數到期期限</translation>
    </message>
</context>
<context>
    <name>ad::ProgrammeSettingsDialog</name>
    <message>
        <source>Programme Settings</source>
        <translation>計畫設定</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 點</translation>
    </message>
    <message>
        <source>%1 from (12-month points)</source>
        <translation>%1 起點（12 個月點數）</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>還原預設值</translation>
    </message>
    <message>
        <source>The currency of ARR, deal sizes and referral values (an ISO 4217 code such as USD, MYR or TWD)</source>
        <translation>ARR、交易金額與轉介價值所用的貨幣（ISO 4217 代碼，例如 USD、MYR 或 TWD）</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>貨幣</translation>
    </message>
</context>
<context>
    <name>ad::ProgrammeSettingsService</name>
    <message>
        <source>The setting “%1” must be between %2 and %3.</source>
        <translation>設定「%1」必須介於 %2 到 %3 之間。</translation>
    </message>
    <message>
        <source>A detractor score must be below the highest passive score.</source>
        <translation>批評者分數必須低於被動者的最高分數。</translation>
    </message>
    <message>
        <source>Each tier needs more points than the one below it.</source>
        <translation>每個等級所需的點數必須多於下一等級。</translation>
    </message>
    <message>
        <source>“%1” is not a currency code: use three capital letters such as USD, MYR or TWD.</source>
        <translation>「%1」不是貨幣代碼：請使用三個大寫字母，例如 USD、MYR 或 TWD。</translation>
    </message>
</context>
<context>
    <name>ad::ReferralDialog</name>
    <message>
        <source>Log Referral</source>
        <translation>記錄轉介</translation>
    </message>
    <message>
        <source>Referred company</source>
        <translation>被轉介的公司</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>價值</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Log referral: %1</source>
        <translation>記錄轉介：%1</translation>
    </message>
    <message>
        <source>Logged the referral of %1.</source>
        <translation>已記錄轉介 %1。</translation>
    </message>
</context>
<context>
    <name>ad::RequestBoard</name>
    <message>
        <source>Request pipeline board</source>
        <translation>請求流程看板</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>篩選請求</translation>
    </message>
    <message>
        <source>Filter requests by text</source>
        <translation>以文字篩選請求</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>活動類型</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>請求者</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除篩選條件</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>任何活動</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>任何請求者</translation>
    </message>
</context>
<context>
    <name>ad::RequestBoardSource</name>
    <message>
        <source>Untitled request</source>
        <translation>未命名的請求</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, for %2, %3, deal size %4</source>
        <translation>%1，給 %2，%3，交易金額 %4</translation>
    </message>
    <message>
        <source>no requester</source>
        <translation>無請求者</translation>
    </message>
    <message>
        <source>Deals %1</source>
        <translation>交易 %1</translation>
    </message>
    <message>
        <source>Open Request</source>
        <translation>開啟請求</translation>
    </message>
    <message>
        <source>There is no such column.</source>
        <translation>沒有這個欄。</translation>
    </message>
</context>
<context>
    <name>ad::RequestCardDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Needed by %1</source>
        <translation>需要日期 %1</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>到期 %1</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>已詢問：%1</translation>
    </message>
</context>
<context>
    <name>ad::RequestDetailPanel</name>
    <message>
        <source>Asked</source>
        <translation>已詢問</translation>
    </message>
    <message>
        <source>Request detail</source>
        <translation>請求詳細資料</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>未選取請求</translation>
    </message>
    <message>
        <source>Select a request to see who was asked and what they answered.</source>
        <translation>選取一筆請求，即可查看詢問了誰以及他們的回覆。</translation>
    </message>
    <message>
        <source>A request without a prospect</source>
        <translation>沒有潛在客戶的請求</translation>
    </message>
    <message>
        <source>Prospect: %1</source>
        <translation>潛在客戶：%1</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>活動：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>Needed by: %1</source>
        <translation>需要日期：%1</translation>
    </message>
    <message>
        <source>Needed by: no date</source>
        <translation>需要日期：無</translation>
    </message>
    <message>
        <source>Requested by: %1</source>
        <translation>請求者：%1</translation>
    </message>
    <message>
        <source>Deal size: %1</source>
        <translation>交易金額：%1</translation>
    </message>
    <message>
        <source>Nobody was asked yet: Match… finds who may be.</source>
        <translation>尚未詢問任何人：「媒合…」會找出可以詢問的人。</translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation>開啟 %1 的個人檔案</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>負責人：%1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Asked on %1</source>
        <translation>於 %1 詢問</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>等待回覆</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>於 %1 接受</translation>
    </message>
    <message>
        <source>Declined on %1</source>
        <translation>於 %1 婉拒</translation>
    </message>
    <message>
        <source>Declined on %1: %2</source>
        <translation>於 %1 婉拒：%2</translation>
    </message>
    <message>
        <source>No contribution logged for this request yet</source>
        <translation>尚未為此請求記錄貢獻</translation>
    </message>
    <message>
        <source>Contributed on %1; thanked</source>
        <translation>於 %1 貢獻；已致謝</translation>
    </message>
    <message>
        <source>Contributed on %1; not thanked yet</source>
        <translation>於 %1 貢獻；尚未致謝</translation>
    </message>
    <message>
        <source>Log Contribution…</source>
        <translation>記錄貢獻…</translation>
    </message>
    <message>
        <source>Log what %1 did for this request</source>
        <translation>記錄 %1 為此請求所做的事</translation>
    </message>
    <message>
        <source>Thank…</source>
        <translation>致謝…</translation>
    </message>
    <message>
        <source>Log a thank-you to %1</source>
        <translation>記錄對 %1 的致謝</translation>
    </message>
</context>
<context>
    <name>ad::RequestsModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開立日期</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>需要日期</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>請求者</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>交易金額</translation>
    </message>
</context>
<context>
    <name>ad::RequestsPage</name>
    <message>
        <source>Match…</source>
        <translation>媒合…</translation>
    </message>
    <message>
        <source>Record Answer…</source>
        <translation>記錄回覆…</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>移到</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Show requests with status</source>
        <translation>顯示此狀態的請求</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>New Request…</source>
        <translation>新增請求…</translation>
    </message>
    <message>
        <source>Nobody asked for this request is waiting to answer.</source>
        <translation>此請求中沒有等待回覆的受詢問者。</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show the requests as a pipeline board</source>
        <translation>以流程看板顯示請求</translation>
    </message>
    <message>
        <source>Show the requests as a table</source>
        <translation>以表格顯示請求</translation>
    </message>
</context>
<context>
    <name>ad::Rules</name>
    <message>
        <source>already asked for this request</source>
        <translation>已就此請求詢問過</translation>
    </message>
    <message>
        <source>not enrolled in the programme</source>
        <translation>未加入倡導計畫</translation>
    </message>
    <message>
        <source>ask cap reached: %1 counted asks in the last %2 days (cap %3)</source>
        <translation>已達詢問上限：最近 %2 天內已計入 %1 次詢問（上限 %3）</translation>
    </message>
    <message>
        <source>resting after a high-barrier contribution on %1 (until %2)</source>
        <translation>%1 完成高門檻貢獻後休息中（至 %2）</translation>
    </message>
    <message>
        <source>declined %1 on %2 (not asked again for it until %3)</source>
        <translation>已於 %2 婉拒 %1（%3 前不再詢問此項）</translation>
    </message>
    <message>
        <source>do not ask until %1</source>
        <translation>%1 前請勿詢問</translation>
    </message>
    <message>
        <source>no current reference consent</source>
        <translation>目前沒有參考推薦同意</translation>
    </message>
    <message>
        <source>not open to %1</source>
        <translation>不接受 %1</translation>
    </message>
    <message>
        <source>health: latest NPS is %1 (detractor)</source>
        <translation>健康狀態：最新 NPS 為 %1（批評者）</translation>
    </message>
    <message>
        <source>health: the account has an open escalation</source>
        <translation>健康狀態：此帳戶有未結案的升級問題</translation>
    </message>
    <message>
        <source>health: the account renews on %1 (within %2 days)</source>
        <translation>健康狀態：此帳戶將於 %1 續約（%2 天內）</translation>
    </message>
    <message>
        <source>industry %1</source>
        <translation>產業 %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>市場區隔 %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>地區 %1</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>產品 %1</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>符合 %1</translation>
    </message>
    <message>
        <source>loosened %1</source>
        <translation>已放寬 %1</translation>
    </message>
    <message>
        <source>readiness %1</source>
        <translation>準備度 %1</translation>
    </message>
    <message>
        <source>The request is already %1; it cannot move to %2.</source>
        <translation>此請求已是%1，無法移到%2。</translation>
    </message>
    <message>
        <source>The request is %1, which is final; it cannot move to %2.</source>
        <translation>此請求為%1，已是最終狀態，無法移到%2。</translation>
    </message>
    <message>
        <source>Only an asked request can be declined (it is %1, not %2).</source>
        <translation>只有已詢問的請求可以被婉拒（目前為%1，不是%2）。</translation>
    </message>
    <message>
        <source>A declined request goes back to matching first (it is %1, not %2).</source>
        <translation>被婉拒的請求要先回到配對（目前為%1，不是%2）。</translation>
    </message>
    <message>
        <source>A request moves one step at a time: from %1 it cannot go to %2.</source>
        <translation>請求一次只能前進一步：無法從%1移到%2。</translation>
    </message>
    <message>
        <source>There is no user named “%1”.</source>
        <translation>沒有名為「%1」的使用者。</translation>
    </message>
    <message>
        <source>Thank %1 for the %2 on %3.</source>
        <translation>感謝 %1 於 %3 的 %2。</translation>
    </message>
    <message>
        <source>Share the final version of the case study of %1 with %2.</source>
        <translation>與 %2 分享 %1 案例研究的最終版本。</translation>
    </message>
    <message>
        <source>Publish or use the %1 of %2, unused for %3 days.</source>
        <translation>發布或使用 %2 的 %1，已 %3 天未使用。</translation>
    </message>
    <message>
        <source>Verify the profile of %1, last verified on %2.</source>
        <translation>驗證 %1 的個人檔案，上次驗證於 %2。</translation>
    </message>
    <message>
        <source>Verify the profile of %1, never verified.</source>
        <translation>驗證 %1 的個人檔案，從未驗證。</translation>
    </message>
    <message>
        <source>Re-confirm %1&apos;s %2 consent, given on %3.</source>
        <translation>重新確認 %1 於 %3 授予的 %2 同意。</translation>
    </message>
    <message>
        <source>%1 holds %2 enrolled advocates, more than %3: hand some over.</source>
        <translation>%1 負責 %2 位已加入的倡導者，超過 %3 位：請移交一些。</translation>
    </message>
    <message>
        <source>The request is %1; nobody more can be asked for it.</source>
        <translation>此請求為%1；無法再詢問任何人。</translation>
    </message>
    <message>
        <source>%1 was already asked for this request.</source>
        <translation>已就此請求詢問過 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be asked: %2.</source>
        <translation>無法詢問 %1：%2。</translation>
    </message>
    <message>
        <source>%1 cannot be asked: %2. Only a programme manager may override that.</source>
        <translation>無法詢問 %1：%2。只有計畫經理可以覆寫。</translation>
    </message>
    <message>
        <source>Overrode “%1”: %2</source>
        <translation>已覆寫「%1」：%2</translation>
    </message>
    <message>
        <source>Asked %1</source>
        <translation>已詢問 %1</translation>
    </message>
    <message>
        <source>An answer is either accepted or declined.</source>
        <translation>回覆只能是接受或婉拒。</translation>
    </message>
    <message>
        <source>This advocate was not asked for this request.</source>
        <translation>此請求未詢問過此倡導者。</translation>
    </message>
    <message>
        <source>This advocate already answered (%1 on %2).</source>
        <translation>此倡導者已回覆（%2 %1）。</translation>
    </message>
    <message>
        <source>The request is %1; there is nobody to match any more.</source>
        <translation>此請求為%1；已沒有可媒合的對象。</translation>
    </message>
    <message>
        <source>The advocate does not exist.</source>
        <translation>此倡導者不存在。</translation>
    </message>
    <message>
        <source>The activity type does not exist.</source>
        <translation>此活動類型不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a segment (smb, mid_market, enterprise).</source>
        <translation>「%1」不是市場區隔（smb、mid_market、enterprise）。</translation>
    </message>
    <message>
        <source>The deal size cannot be negative.</source>
        <translation>交易金額不能為負數。</translation>
    </message>
    <message>
        <source>The needed-by date %1 is already past.</source>
        <translation>需要日期 %1 已經過去。</translation>
    </message>
    <message>
        <source>There is no request with the id “%1”.</source>
        <translation>沒有 ID 為「%1」的請求。</translation>
    </message>
    <message>
        <source>The tier review does not exist.</source>
        <translation>此等級審核不存在。</translation>
    </message>
    <message>
        <source>Only a programme manager can decide a tier review.</source>
        <translation>只有計畫經理可以決定等級審核。</translation>
    </message>
    <message>
        <source>A tier decision needs a reason.</source>
        <translation>等級決定需要理由。</translation>
    </message>
    <message>
        <source>This tier review was already decided.</source>
        <translation>此等級審核已決定。</translation>
    </message>
    <message>
        <source>Accepted an ask for %1</source>
        <translation>接受了 %1 的詢問</translation>
    </message>
    <message numerus="yes">
        <source>asked %n times in the last %1 days</source>
        <translation>
            <numerusform>最近 %1 天內被詢問 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check in with %1: asked %n times in the last %2 days (last on %3) without a single touch.</source>
        <translation>
            <numerusform>關懷 %1：最近 %2 天內被詢問 %n 次（最後一次在 %3），卻沒有任何接觸。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Move between the sidebar, toolbar and page</source>
        <translation>在側邊欄、工具列與頁面之間移動</translation>
    </message>
    <message>
        <source>Move the selected card to the previous or next column</source>
        <translation>將所選卡片移到上一欄或下一欄</translation>
    </message>
    <message>
        <source>Open a context menu (Move To, Set Soft Limit)</source>
        <translation>開啟內容選單（移到、設定軟性上限）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Close a profile or account window</source>
        <translation>關閉個人檔案或帳戶視窗</translation>
    </message>
    <message>
        <source>Pages, lists and boards</source>
        <translation>頁面、清單與看板</translation>
    </message>
    <message>
        <source>Walk the sidebar, a list or a board; Down goes from a search box to what it found</source>
        <translation>在側邊欄、清單或看板中移動；在搜尋方塊按下方向鍵可前往搜尋結果</translation>
    </message>
    <message>
        <source>Open the selected card&apos;s or row&apos;s profile (in a search box: the first found)</source>
        <translation>開啟所選卡片或列的個人檔案（在搜尋方塊中：第一筆結果）</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>視窗</translation>
    </message>
    <message>
        <source>Clear the search; close a dialog, a profile or an account window</source>
        <translation>清除搜尋；關閉對話方塊、個人檔案或帳戶視窗</translation>
    </message>
</context>
<context>
    <name>ad::Sidebar</name>
    <message>
        <source>Navigation</source>
        <translation>導覽</translation>
    </message>
</context>
<context>
    <name>ad::SignalsEditor</name>
    <message>
        <source>%1 (0 to 5)</source>
        <translation>%1（0 到 5）</translation>
    </message>
    <message>
        <source>Readiness %1 / 100</source>
        <translation>準備度 %1 / 100</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%2 點中的 %1 點</translation>
    </message>
</context>
<context>
    <name>ad::Stats</name>
    <message>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>倡導者</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS 回覆</translation>
    </message>
    <message>
        <source>Activity types</source>
        <translation>活動類型</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>詢問</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>貢獻</translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation>致謝</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>接觸</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>轉介</translation>
    </message>
    <message>
        <source>Feedback items</source>
        <translation>意見回饋項目</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>稽核事件</translation>
    </message>
    <message>
        <source>Counting rows returned nothing.</source>
        <translation>計算列數時沒有傳回任何結果。</translation>
    </message>
</context>
<context>
    <name>ad::Storage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the database file is read-only.</source>
        <translation>資料庫檔案為唯讀。</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved.</source>
        <translation>磁碟已滿；未儲存任何內容。</translation>
    </message>
    <message>
        <source>the database file is damaged (%1).</source>
        <translation>資料庫檔案已損毀（%1）。</translation>
    </message>
    <message>
        <source>the database file could not be read or written (%1).</source>
        <translation>無法讀取或寫入資料庫檔案（%1）。</translation>
    </message>
    <message>
        <source>An inner step failed; nothing was saved.</source>
        <translation>內部步驟失敗；未儲存任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>the database is busy — another program is writing; tried for %n s. Nothing was changed; try again in a moment.</source>
        <translation>
            <numerusform>資料庫忙碌中 — 另一個程式正在寫入；已嘗試 %n 秒。未變更任何內容；請稍後再試。</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s disk is full; nothing was saved.</source>
        <translation>伺服器的磁碟已滿；未儲存任何內容。</translation>
    </message>
    <message>
        <source>the programme was opened read-only; nothing was saved.</source>
        <translation>計畫以唯讀方式開啟；未儲存任何內容。</translation>
    </message>
    <message>
        <source>the connection to the database server failed (%1).</source>
        <translation>與資料庫伺服器的連線失敗（%1）。</translation>
    </message>
</context>
<context>
    <name>ad::SummaryCard</name>
    <message>
        <source>Open the account</source>
        <translation>開啟帳戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Latest NPS</source>
        <translation>最新 NPS</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>詢問</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Journey: %1 · %2</source>
        <translation>倡導歷程：%1 · %2</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Not nominated</source>
        <translation>未提名</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>尚無回覆</translation>
    </message>
    <message>
        <source>Not to be asked now: %1</source>
        <translation>目前不可詢問：%1</translation>
    </message>
    <message>
        <source>May be asked: no ask-protection rule applies.</source>
        <translation>可以詢問：沒有適用的詢問保護規則。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>到期 %1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>等級：%1</translation>
    </message>
    <message>
        <source>%1: none current</source>
        <translation>%1：目前沒有</translation>
    </message>
    <message>
        <source>%1: given %2, until %3</source>
        <translation>%1：%2 給予，至 %3</translation>
    </message>
    <message>
        <source>%1: given %2</source>
        <translation>%1：%2 給予</translation>
    </message>
</context>
<context>
    <name>ad::SyncBundleCheck</name>
    <message>
        <source>%1: not an Advocate Desk sync bundle.</source>
        <translation>%1：不是 Advocate Desk 同步套件。</translation>
    </message>
    <message>
        <source>the format version must be a whole number.</source>
        <translation>格式版本必須是整數。</translation>
    </message>
    <message>
        <source>%1: bundle format %2 is newer than this version of Advocate Desk reads (%3).</source>
        <translation>%1：套件格式 %2 比此版本 Advocate Desk 可讀取的（%3）更新。</translation>
    </message>
    <message>
        <source>the bundle needs its UUID.</source>
        <translation>套件需要 UUID。</translation>
    </message>
    <message>
        <source>a date and time is required.</source>
        <translation>必須有日期與時間。</translation>
    </message>
    <message>
        <source>a date and time or null is required.</source>
        <translation>必須是日期與時間或 null。</translation>
    </message>
    <message>
        <source>the tables must be an object.</source>
        <translation>tables 必須是一個物件。</translation>
    </message>
    <message>
        <source>no such table in Advocate Desk.</source>
        <translation>Advocate Desk 中沒有此表格。</translation>
    </message>
    <message>
        <source>a table must be a list of rows.</source>
        <translation>表格必須是列的清單。</translation>
    </message>
    <message>
        <source>must be a list of UUIDs.</source>
        <translation>必須是 UUID 清單。</translation>
    </message>
    <message>
        <source>not a UUID.</source>
        <translation>不是 UUID。</translation>
    </message>
    <message>
        <source>the schema version must be a whole number.</source>
        <translation>結構描述版本必須是整數。</translation>
    </message>
    <message>
        <source>%1: the bundle was written by a newer Advocate Desk (schema %2; this file has %3). Update Advocate Desk first; nothing was merged.</source>
        <translation>%1：此同步套件由較新的 Advocate Desk 寫出（結構描述 %2；此檔案為 %3）。請先更新 Advocate Desk；未合併任何內容。</translation>
    </message>
    <message>
        <source>“%1” is not a date and time.</source>
        <translation>「%1」不是日期時間。</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 是未來的時間。</translation>
    </message>
    <message>
        <source>%1 is later than the bundle was written.</source>
        <translation>%1 晚於同步套件寫出的時間。</translation>
    </message>
    <message>
        <source>the id %1 is in the table twice.</source>
        <translation>id %1 在表格中出現兩次。</translation>
    </message>
    <message>
        <source>the bundle says %1 rows but holds %2: it was cut short or altered.</source>
        <translation>同步套件標示 %1 列，實際有 %2 列：它被截斷或遭竄改。</translation>
    </message>
    <message>
        <source>%1: not a valid sync bundle: %2: %3</source>
        <translation>%1：不是有效的同步套件：%2：%3</translation>
    </message>
    <message>
        <source>a row must be an object.</source>
        <translation>每一列必須是一個物件。</translation>
    </message>
    <message>
        <source>a row needs its UUID.</source>
        <translation>每一列都需要 UUID。</translation>
    </message>
    <message>
        <source>a cell must be text, a number or null.</source>
        <translation>儲存格必須是文字、數字或 null。</translation>
    </message>
</context>
<context>
    <name>ad::SyncConflictDialog</name>
    <message>
        <source>Changed on Both Sides</source>
        <translation>兩邊都已變更</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were changed both here and by %1 since your last exchange. Nothing has been merged yet: choose which version to keep.</source>
        <translation>
            <numerusform>自上次交換以來，有 %n 列在此處和 %1 那邊都被變更過。目前尚未合併任何內容：請選擇要保留的版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>your colleague</source>
        <translation>您的同事</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>對方</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Version to keep for %1</source>
        <translation>%1 要保留的版本</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我方</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>採用對方</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>全部保留我方</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>全部採用對方</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
</context>
<context>
    <name>ad::SyncImporter</name>
    <message>
        <source>%1: not a sync bundle (invalid JSON at byte %2: %3).</source>
        <translation>%1：不是同步套件（第 %2 位元組的 JSON 無效：%3）。</translation>
    </message>
    <message>
        <source>%1: not a sync bundle (the file holds a JSON list or value, where a bundle is one object with &quot;format&quot;, &quot;version&quot; and &quot;tables&quot;).</source>
        <translation>%1：不是同步套件（檔案內容是 JSON 清單或值，而同步套件應是含有 &quot;format&quot;、&quot;version&quot; 與 &quot;tables&quot; 的單一物件）。</translation>
    </message>
    <message>
        <source>Not a valid sync bundle, nothing was merged: %1</source>
        <translation>不是有效的同步套件，未合併任何內容：%1</translation>
    </message>
    <message>
        <source>erase %1 &lt;%2&gt;</source>
        <translation>抹除 %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>record the erasure of a person not in this file (%1)</source>
        <translation>記錄抹除一位不在此檔案中的人（%1）</translation>
    </message>
    <message>
        <source>record that %1 revoked their consent to %2 on %3</source>
        <translation>記錄 %1 於 %3 撤回對 %2 的同意</translation>
    </message>
    <message>
        <source>record that %1 consents to %2 from %3</source>
        <translation>記錄 %1 自 %3 起同意 %2</translation>
    </message>
    <message>
        <source>change the consent of %1 to %2</source>
        <translation>變更 %1 對 %2 的同意</translation>
    </message>
    <message>
        <source>it refers to a row that is neither in the bundle nor in this file.</source>
        <translation>它參照的列既不在同步套件中，也不在此檔案中。</translation>
    </message>
    <message>
        <source>a value that must be unique is already taken by another row here.</source>
        <translation>必須唯一的值已被此處的另一列使用。</translation>
    </message>
    <message>
        <source>a value is not allowed here.</source>
        <translation>此處不允許這個值。</translation>
    </message>
    <message>
        <source>%1 (%2 %3): %4 Nothing was merged.</source>
        <translation>%1（%2 %3）：%4 未合併任何內容。</translation>
    </message>
</context>
<context>
    <name>ad::SyncReportDialog</name>
    <message>
        <source>Sync Bundle Merged</source>
        <translation>同步套件已合併</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>此處</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>套件中</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>the bundle&apos;s newer version won</source>
        <translation>套件的較新版本優先</translation>
    </message>
    <message>
        <source>ours was newer and was kept</source>
        <translation>我方的版本較新，已保留</translation>
    </message>
    <message>
        <source>This bundle was merged before; nothing changed.</source>
        <translation>此套件之前已合併過；沒有任何變更。</translation>
    </message>
    <message numerus="yes">
        <source>Bundle from %1: %2 new, %3 updated, %4 unchanged, %5 kept ours (newer), %6 matched under another id, %7 skipped (erased people), %8 people erased here too. %n conflicts.</source>
        <translation>
            <numerusform>來自 %1 的套件：%2 筆新增、%3 筆更新、%4 筆未變更、%5 筆保留我方（較新）、%6 筆以其他 ID 比對、%7 筆略過（已清除的人）、%8 人在此處也一併清除。%n 筆衝突。</numerusform>
        </translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>一位同事</translation>
    </message>
</context>
<context>
    <name>ad::SyncRowCheck</name>
    <message>
        <source>no such column in this table.</source>
        <translation>此表格沒有這個欄位。</translation>
    </message>
    <message>
        <source>a value is required.</source>
        <translation>必須有值。</translation>
    </message>
    <message>
        <source>a number is required.</source>
        <translation>必須是數字。</translation>
    </message>
    <message>
        <source>a whole number is required.</source>
        <translation>必須是整數。</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3.</source>
        <translation>%1 超出 %2–%3。</translation>
    </message>
    <message>
        <source>%1 is not allowed here.</source>
        <translation>此處不允許 %1。</translation>
    </message>
    <message>
        <source>text is required.</source>
        <translation>必須是文字。</translation>
    </message>
    <message>
        <source>“%1” is not a row id (UUID).</source>
        <translation>「%1」不是列 id（UUID）。</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>「%1」不是 %2 之一。</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>「%1」不是日期。</translation>
    </message>
    <message>
        <source>the year %1 is not believable.</source>
        <translation>年份 %1 不合理。</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 是未來的時間。</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are allowed.</source>
        <translation>%1 個字元；最多允許 %2 個。</translation>
    </message>
    <message>
        <source>contains a control or invisible formatting character.</source>
        <translation>含有控制字元或不可見的格式字元。</translation>
    </message>
</context>
<context>
    <name>ad::SyncSignature</name>
    <message>
        <source>The signing library could not start.</source>
        <translation>無法啟動簽署程式庫。</translation>
    </message>
    <message>
        <source>This file&apos;s signing key is damaged.</source>
        <translation>此檔案的簽署金鑰已損壞。</translation>
    </message>
    <message>
        <source>%1 is not signed: a bundle must come from Advocate Desk and name who wrote it. Nothing was merged.</source>
        <translation>%1 未簽署：同步套件必須來自 Advocate Desk 並註明寫出者。未合併任何內容。</translation>
    </message>
    <message>
        <source>%1 was changed after it was signed (or its signature is damaged). Nothing was merged.</source>
        <translation>%1 在簽署後遭到變更（或其簽章已損壞）。未合併任何內容。</translation>
    </message>
</context>
<context>
    <name>ad::TierReviewPage</name>
    <message>
        <source>Tier Review</source>
        <translation>等級審核</translation>
    </message>
    <message>
        <source>Override Tier</source>
        <translation>覆寫等級</translation>
    </message>
    <message>
        <source>Set this tier instead:</source>
        <translation>改設為此等級：</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>核准…</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>覆寫…</translation>
    </message>
    <message>
        <source>Tier review</source>
        <translation>等級審核</translation>
    </message>
    <message>
        <source>Recommended from the last 12 months of contribution points. A tier changes only when a programme manager approves or overrides it, with a reason.</source>
        <translation>依據最近 12 個月的貢獻點數建議。只有在計畫經理核准或覆寫並提供理由時，等級才會變更。</translation>
    </message>
    <message>
        <source>Update Recommendations</source>
        <translation>更新建議</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>倡導者</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation>目前等級</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 現在是 %2。</translation>
    </message>
    <message>
        <source>Tier reviews</source>
        <translation>等級審核</translation>
    </message>
    <message>
        <source>Updating the recommendations…</source>
        <translation>正在更新建議…</translation>
    </message>
    <message>
        <source>The oldest %1 of %2 reviews; decide these to see the next.</source>
        <translation>最早的 %1 筆審核（共 %2 筆）；處理完這些即可看到下一批。</translation>
    </message>
    <message>
        <source>Why move %1 from %2 to %3? (A tier decision is not undone with Edit → Undo; a later review can change it again.)</source>
        <translation>為什麼將 %1 從 %2 調整為 %3？（等級決定無法以「編輯 → 復原」撤銷；之後的審查可以再次變更。）</translation>
    </message>
    <message>
        <source>Why set %1 to %2 instead of %3? (A tier decision is not undone with Edit → Undo; a later review can change it again.)</source>
        <translation>為什麼將 %1 設為 %2 而不是 %3？（等級決定無法以「編輯 → 復原」撤銷；之後的審查可以再次變更。）</translation>
    </message>
    <message>
        <source>Only a programme manager approves or overrides a tier; you work as “%1”, who is not one in this programme. Say who you are in Edit → Preferences.</source>
        <translation>只有計畫經理能核准或覆寫等級；您目前以「%1」的身分操作，而此人在此計畫中並非計畫經理。請在「編輯 → 偏好設定」中說明您的身分。</translation>
    </message>
</context>
<context>
    <name>ad::Timeline</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>倡導歷程階段</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Nomination status</source>
        <translation>提名狀態</translation>
    </message>
    <message>
        <source>Consent for %1 revoked by %2</source>
        <translation>%2 撤銷了 %1 的同意</translation>
    </message>
    <message>
        <source>Consent for %1 granted, recorded by %2</source>
        <translation>已授予 %1 的同意，由 %2 記錄</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3 by %4</source>
        <translation>%4 將 %1 從 %2 改為 %3</translation>
    </message>
    <message>
        <source>Nominated by %1</source>
        <translation>由 %1 提名</translation>
    </message>
    <message>
        <source>Nomination moved from %1 to %2 by %3</source>
        <translation>%3 將提名從 %1 移到 %2</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, logged by %2</source>
        <translation>%1，由 %2 記錄</translation>
    </message>
    <message>
        <source>Contribution: %1 (%2 points)</source>
        <translation>貢獻：%1（%2 點）</translation>
    </message>
    <message>
        <source>Appreciation: %1</source>
        <translation>致謝：%1</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>%1 的備註</translation>
    </message>
    <message>
        <source>Feedback on %1 (%2)</source>
        <translation>對 %1 的意見回饋（%2）</translation>
    </message>
    <message>
        <source>Feedback on %1, rated %2 (%3)</source>
        <translation>對 %1 的意見回饋，評分 %2（%3）</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>Referral: %1 (%2)</source>
        <translation>轉介：%1（%2）</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Not open to</source>
        <translation>不接受</translation>
    </message>
    <message>
        <source>Activity preference</source>
        <translation>活動偏好</translation>
    </message>
</context>
<context>
    <name>ad::TimelineModel</name>
    <message>
        <source>Nomination</source>
        <translation>提名</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>狀態變更</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>接觸</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>貢獻</translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation>致謝</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>意見回饋</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>轉介</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
</context>
<context>
    <name>ad::Undo</name>
    <message>
        <source>Nominate %1</source>
        <translation>提名 %1</translation>
    </message>
    <message>
        <source>Nominated %1.</source>
        <translation>已提名 %1。</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已復原</translation>
    </message>
    <message>
        <source>There is nothing to undo: it is no longer in the programme (another program may have removed it).</source>
        <translation>沒有可復原的項目：它已不在計畫中（可能已被其他程式移除）。</translation>
    </message>
    <message>
        <source>The advocate has answered this ask since; undo the answer first.</source>
        <translation>倡導者之後已回覆此詢問；請先復原該回覆。</translation>
    </message>
    <message>
        <source>Advocates were asked for this request since; undo the asks first.</source>
        <translation>此請求之後已詢問過倡導者；請先復原那些詢問。</translation>
    </message>
</context>
<context>
    <name>ad::UserFile</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>the disk is full (%1 free on %2).</source>
        <translation>磁碟已滿（%2 剩餘 %1）。</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>未指定輸出檔案。</translation>
    </message>
    <message>
        <source>%1 cannot be written: it is not a regular file (a folder, a disk device or a socket).</source>
        <translation>無法寫入 %1：它不是一般檔案（是資料夾、磁碟裝置或通訊端）。</translation>
    </message>
    <message>
        <source>The output is a server address, not a file: give a file name for it.</source>
        <translation>輸出是伺服器位址，不是檔案：請為它指定檔案名稱。</translation>
    </message>
</context>
<context>
    <name>ad::Validation</name>
    <message>
        <source>The advocate does not exist.</source>
        <translation>此倡導者不存在。</translation>
    </message>
    <message>
        <source>The activity type does not exist.</source>
        <translation>此活動類型不存在。</translation>
    </message>
    <message>
        <source>A user name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>There is already a user named “%1”.</source>
        <translation>已有名為「%1」的使用者。</translation>
    </message>
    <message>
        <source>An account name</source>
        <translation>帳戶名稱</translation>
    </message>
    <message>
        <source>ARR cannot be negative.</source>
        <translation>ARR 不能為負數。</translation>
    </message>
    <message>
        <source>The owning CSM does not exist.</source>
        <translation>負責的 CSM 不存在。</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>此帳戶不存在。</translation>
    </message>
    <message>
        <source>Unknown activity type.</source>
        <translation>未知的活動類型。</translation>
    </message>
    <message>
        <source>An activity name</source>
        <translation>活動名稱</translation>
    </message>
    <message>
        <source>Points cannot be negative.</source>
        <translation>點數不能為負數。</translation>
    </message>
    <message>
        <source>Effort cannot be negative.</source>
        <translation>投入程度不能為負數。</translation>
    </message>
    <message>
        <source>There is already an activity named “%1”.</source>
        <translation>已有名為「%1」的活動。</translation>
    </message>
    <message>
        <source>A name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The journey stage must be between 1 and 5.</source>
        <translation>倡導歷程階段必須介於 1 到 5 之間。</translation>
    </message>
    <message>
        <source>%1 must be rated from 0 to 5.</source>
        <translation>%1 的評分必須介於 0 到 5 之間。</translation>
    </message>
    <message>
        <source>Unknown account: choose an existing account or create it first.</source>
        <translation>未知的帳戶：請選擇現有帳戶，或先建立它。</translation>
    </message>
    <message>
        <source>The email %1 already belongs to %2.</source>
        <translation>電子郵件 %1 已屬於 %2。</translation>
    </message>
    <message>
        <source>The consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>A consent cannot expire before it was given.</source>
        <translation>同意的到期日不能早於授予日期。</translation>
    </message>
    <message>
        <source>The consent does not exist.</source>
        <translation>此同意不存在。</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>The request does not exist.</source>
        <translation>此請求不存在。</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>費用不能為負數。</translation>
    </message>
    <message>
        <source>The contribution being thanked is not this advocate’s.</source>
        <translation>被致謝的貢獻不屬於此倡導者。</translation>
    </message>
    <message>
        <source>The contribution does not exist.</source>
        <translation>此貢獻不存在。</translation>
    </message>
    <message>
        <source>A source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>The feedback text</source>
        <translation>意見回饋內容</translation>
    </message>
    <message>
        <source>A rating is between 0 and 10.</source>
        <translation>評分介於 0 到 10 之間。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>An account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>The referred company</source>
        <translation>被轉介的公司</translation>
    </message>
    <message>
        <source>A referral&apos;s value cannot be negative.</source>
        <translation>轉介的價值不能為負數。</translation>
    </message>
    <message>
        <source>The referral does not exist.</source>
        <translation>此轉介不存在。</translation>
    </message>
</context>
<context>
    <name>ad::validate</name>
    <message>
        <source>An email address is required.</source>
        <translation>必須填寫電子郵件地址。</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>「%1」不是有效的電子郵件地址。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 為必填。</translation>
    </message>
    <message>
        <source>An NPS score must be between 0 and 10; %1 is not.</source>
        <translation>NPS 分數必須介於 0 到 10 之間；%1 不是。</translation>
    </message>
    <message>
        <source>%1 must be a valid date.</source>
        <translation>%1 必須是有效的日期。</translation>
    </message>
    <message>
        <source>An email address has at most %1 characters; this one has %2.</source>
        <translation>電子郵件地址最多 %1 個字元；此地址有 %2 個。</translation>
    </message>
    <message>
        <source>“%1” contains an invisible or control character (U+%2).</source>
        <translation>「%1」含有不可見字元或控制字元（U+%2）。</translation>
    </message>
    <message>
        <source>“%1” mixes alphabets (like a Cyrillic “а” among Latin letters), so it looks like another address; type it again.</source>
        <translation>「%1」混用了不同字母系統（例如拉丁字母中夾雜西里爾字母「а」），看起來像另一個地址；請重新輸入。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this database file.</source>
        <translation>開啟此資料庫檔案。</translation>
    </message>
    <message>
        <source>Advocate Desk</source>
        <translation>Advocate Desk</translation>
    </message>
</context>
</TS>
