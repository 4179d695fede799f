<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>ad::AccountAdvocatesModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Jawatan</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Sumbangan</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <source>Last contribution</source>
        <translation>Sumbangan terakhir</translation>
    </message>
</context>
<context>
    <name>ad::AccountContributionsModel</name>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
</context>
<context>
    <name>ad::AccountWindow</name>
    <message>
        <source>Advocates</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>Advocates at this account</source>
        <translation>Advocate di akaun ini</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Sumbangan</translation>
    </message>
    <message>
        <source>Contributions by people at this account</source>
        <translation>Sumbangan oleh orang di akaun ini</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesihatan</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Pembaharuan</translation>
    </message>
    <message>
        <source>Account NPS (12 months)</source>
        <translation>NPS akaun (12 bulan)</translation>
    </message>
    <message>
        <source>This account could not be read.</source>
        <translation>Akaun ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>%1 — Advocate Desk</source>
        <translation>%1 — Advocate Desk</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>tiada pemilik</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Pemilik: %1</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Pelanggan sejak %1</translation>
    </message>
    <message>
        <source>Open escalation</source>
        <translation>Eskalasi terbuka</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>esok</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dalam %1 hari</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>semalam</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 hari lalu</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Tidak ditetapkan</translation>
    </message>
    <message>
        <source>%1 promoters · %2 passives · %3 detractors</source>
        <translation>%1 promoter · %2 passive · %3 detractor</translation>
    </message>
    <message>
        <source>No answers in 12 months</source>
        <translation>Tiada jawapan dalam 12 bulan</translation>
    </message>
    <message>
        <source>%1 in 12 months · %2 points</source>
        <translation>%1 dalam 12 bulan · %2 mata</translation>
    </message>
</context>
<context>
    <name>ad::AdvocateSummary</name>
    <message>
        <source>Review the nomination.</source>
        <translation>Semak pencalonan ini.</translation>
    </message>
    <message>
        <source>Decide: cultivate them, or not a fit.</source>
        <translation>Buat keputusan: pupuk mereka, atau tidak sesuai.</translation>
    </message>
    <message>
        <source>Cultivate with touches before inviting them.</source>
        <translation>Pupuk dengan interaksi sebelum menjemput mereka.</translation>
    </message>
    <message>
        <source>Enrol them once they accept; enrolling needs a reference consent.</source>
        <translation>Daftarkan mereka sebaik sahaja mereka bersetuju; pendaftaran memerlukan persetujuan reference.</translation>
    </message>
    <message>
        <source>Paused: move the nomination on when the time is right.</source>
        <translation>Dijeda: teruskan pencalonan apabila tiba masa yang sesuai.</translation>
    </message>
    <message>
        <source>They declined; nominate them again if that changes.</source>
        <translation>Mereka menolak; calonkan semula jika keadaan berubah.</translation>
    </message>
    <message>
        <source>Not a fit for now; nominate them again if that changes.</source>
        <translation>Tidak sesuai buat masa ini; calonkan semula jika keadaan berubah.</translation>
    </message>
    <message>
        <source>Record their answer to the %1 ask of %2.</source>
        <translation>Rekodkan jawapan mereka kepada permohonan %1 pada %2.</translation>
    </message>
    <message>
        <source>Nominate them once they could speak for the product.</source>
        <translation>Calonkan mereka apabila mereka boleh bercakap bagi pihak produk.</translation>
    </message>
    <message>
        <source>Do not ask now: %1.</source>
        <translation>Jangan minta sekarang: %1.</translation>
    </message>
    <message>
        <source>Free to be asked: match them to a request.</source>
        <translation>Boleh diminta: padankan mereka dengan permintaan.</translation>
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
        <translation>Kesediaan %1 daripada 100, daripada enam isyarat advocacy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Peringkat perjalanan</translation>
    </message>
    <message>
        <source>Latest NPS</source>
        <translation>NPS terkini</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Kesediaan</translation>
    </message>
</context>
<context>
    <name>ad::AdvocatesPage</name>
    <message>
        <source>Advocates</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>Search name, email, title, account, story or notes</source>
        <translation>Cari nama, e-mel, jawatan, akaun, kisah atau nota</translation>
    </message>
    <message>
        <source>Search advocates</source>
        <translation>Cari advocate</translation>
    </message>
    <message>
        <source>No advocates yet</source>
        <translation>Belum ada advocate</translation>
    </message>
    <message>
        <source>This database is empty. Load a demo programme of 200 advocates to look around — you can start a new database for real work at any time.</source>
        <translation>Pangkalan data ini kosong. Muatkan program demo dengan 200 advocate untuk melihat-lihat — anda boleh memulakan pangkalan data baharu untuk kerja sebenar pada bila-bila masa.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Muatkan data demo</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Tiada padanan</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Kosongkan carian</translation>
    </message>
    <message>
        <source>1 advocate</source>
        <translation>1 advocate</translation>
    </message>
    <message>
        <source>%1 advocates</source>
        <translation>%1 advocate</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 daripada %2 sepadan</translation>
    </message>
    <message>
        <source>No advocate matches “%1”. Search looks at the start of each word in names, emails, titles, accounts, success stories and notes.</source>
        <translation>Tiada advocate sepadan dengan “%1”. Carian melihat permulaan setiap perkataan dalam nama, e-mel, jawatan, akaun, kisah kejayaan dan nota.</translation>
    </message>
    <message>
        <source>Open Profile</source>
        <translation>Buka Profil</translation>
    </message>
    <message>
        <source>Open Account “%1”</source>
        <translation>Buka Akaun “%1”</translation>
    </message>
</context>
<context>
    <name>ad::AnswerDialog</name>
    <message>
        <source>Record Answer</source>
        <translation>Rekod Jawapan</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Why they declined — it is respected in later matching</source>
        <translation>Sebab mereka menolak — ia dihormati dalam padanan seterusnya</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawapan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Record answer of %1</source>
        <translation>Rekod jawapan %1</translation>
    </message>
    <message>
        <source>%1 accepted.</source>
        <translation>%1 menerima.</translation>
    </message>
    <message>
        <source>%1 declined.</source>
        <translation>%1 menolak.</translation>
    </message>
</context>
<context>
    <name>ad::AppreciationDialog</name>
    <message>
        <source>Log Appreciation</source>
        <translation>Log Penghargaan</translation>
    </message>
    <message>
        <source>Not for one contribution</source>
        <translation>Bukan untuk satu sumbangan</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Log appreciation: %1</source>
        <translation>Log penghargaan: %1</translation>
    </message>
    <message>
        <source>Logged the appreciation: %1.</source>
        <translation>Penghargaan dilog: %1.</translation>
    </message>
</context>
<context>
    <name>ad::AskCap</name>
    <message>
        <source>%1 of %2 asks in %3 days</source>
        <translation>%1 daripada %2 permohonan dalam %3 hari</translation>
    </message>
</context>
<context>
    <name>ad::Backup</name>
    <message>
        <source>Cannot write the backup “%1”.</source>
        <translation>Tidak dapat menulis sandaran “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more problems</source>
        <translation>
            <numerusform>%1; dan %n masalah lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Tidak dapat mencipta folder sandaran “%1”.</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>Tiada fail sandaran diberikan.</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name for the backup.</source>
        <translation>“%1” ialah folder; berikan nama fail untuk sandaran.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database or its files: %1</source>
        <translation>Sandaran tidak boleh menggantikan pangkalan data atau fail-failnya: %1</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device or a pipe); give a file name for the backup.</source>
        <translation>“%1” bukan fail biasa (peranti atau paip); berikan nama fail untuk sandaran.</translation>
    </message>
    <message>
        <source>There is no backup at “%1”.</source>
        <translation>Tiada sandaran di “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not an Advocate Desk backup.</source>
        <translation>“%1” bukan sandaran Advocate Desk.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>“%1” tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Advocate Desk (schema %2; this version understands up to %3).</source>
        <translation>“%1” ditulis oleh versi Advocate Desk yang lebih baharu (skema %2; versi ini memahami sehingga %3).</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged: %2</source>
        <translation>Sandaran “%1” rosak: %2</translation>
    </message>
    <message>
        <source>Cannot keep a safety copy of “%1” (%2); nothing was restored.</source>
        <translation>Tidak dapat menyimpan salinan keselamatan “%1” (%2); tiada apa-apa dipulihkan.</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to “%1”; nothing was restored.</source>
        <translation>Tidak dapat menyalin sandaran di sebelah “%1”; tiada apa-apa dipulihkan.</translation>
    </message>
    <message>
        <source>Cannot replace “%1” with the backup.</source>
        <translation>Tidak dapat menggantikan “%1” dengan sandaran.</translation>
    </message>
    <message numerus="yes">
        <source>Another program is writing to “%1” and held on for %n s; nothing was restored. Try again when it has finished.</source>
        <translation>
            <numerusform>Program lain sedang menulis ke “%1” dan bertahan selama %n saat; tiada apa-apa dipulihkan. Cuba lagi apabila ia selesai.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>Sandaran dan pangkalan data ialah fail yang sama.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Tidak dapat membuka “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot read the backup “%1”; nothing was restored.</source>
        <translation>Tidak dapat membaca sandaran “%1”; tiada apa-apa dipulihkan.</translation>
    </message>
    <message>
        <source>Cannot restore into “%1”: %2; nothing was restored.</source>
        <translation>Tidak dapat memulihkan ke dalam “%1”: %2; tiada apa-apa dipulihkan.</translation>
    </message>
    <message>
        <source>Backing up to “%1” failed</source>
        <translation>Sandaran ke “%1” gagal</translation>
    </message>
    <message>
        <source>Cannot write a backup into “%1”.</source>
        <translation>Tidak dapat menulis sandaran ke dalam “%1”.</translation>
    </message>
    <message>
        <source>“%1” is on a server, which has no backups folder: write a local snapshot with a file name instead (backup --out FILE.sqlite), or back the server up with pg_dump.</source>
        <translation>“%1” berada pada pelayan, yang tiada folder sandaran: tulis petikan tempatan dengan nama fail (backup --out FILE.sqlite), atau sandarkan pelayan dengan pg_dump.</translation>
    </message>
</context>
<context>
    <name>ad::BoardColumnWidget</name>
    <message>
        <source>Collapse this column</source>
        <translation>Runtuhkan lajur ini</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>Runtuhkan %1</translation>
    </message>
    <message>
        <source>Set Soft Limit…</source>
        <translation>Tetapkan Had Lembut…</translation>
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
        <translation>Melebihi had lembut %1 kad</translation>
    </message>
    <message>
        <source>Soft Limit</source>
        <translation>Had Lembut</translation>
    </message>
    <message>
        <source>Warn when “%1” holds more cards than (0: no limit):</source>
        <translation>Beri amaran apabila “%1” memegang lebih banyak kad daripada (0: tiada had):</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
</context>
<context>
    <name>ad::BoardFilterBar</name>
    <message>
        <source>Filter cards</source>
        <translation>Tapis kad</translation>
    </message>
    <message>
        <source>Filter cards by text</source>
        <translation>Tapis kad mengikut teks</translation>
    </message>
    <message>
        <source>Owner CSM</source>
        <translation>CSM pemilik</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rantau</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Kosongkan Penapis</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Semua pemilik</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Semua segmen</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>Semua industri</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Semua rantau</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Semua tier</translation>
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
        <translation>%1, %2, tier %3, kesediaan %4</translation>
    </message>
    <message>
        <source>There is no such column.</source>
        <translation>Tiada lajur sedemikian.</translation>
    </message>
</context>
<context>
    <name>ad::BoardPage</name>
    <message>
        <source>Move</source>
        <translation>Alih</translation>
    </message>
    <message>
        <source>Why move this card to “%1”? (optional)</source>
        <translation>Mengapa alihkan kad ini ke “%1”? (pilihan)</translation>
    </message>
    <message>
        <source>Why move these %1 cards to “%2”? (optional)</source>
        <translation>Mengapa alihkan %1 kad ini ke “%2”? (pilihan)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Move %1 cards to %2</source>
        <translation>Alihkan %1 kad ke %2</translation>
    </message>
    <message>
        <source>Not moved to “%1”. %2</source>
        <translation>Tidak dialihkan ke “%1”. %2</translation>
    </message>
    <message>
        <source>Nomination pipeline board</source>
        <translation>Papan pipeline pencalonan</translation>
    </message>
    <message>
        <source>Advocacy journey board</source>
        <translation>Papan perjalanan advocacy</translation>
    </message>
</context>
<context>
    <name>ad::BoardView</name>
    <message>
        <source>Open Profile</source>
        <translation>Buka Profil</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>Alih Ke</translation>
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
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Ask cap</source>
        <translation>Had permohonan</translation>
    </message>
    <message>
        <source>Thank-you due</source>
        <translation>Belum dihargai</translation>
    </message>
</context>
<context>
    <name>ad::CaseStudyExportDialog</name>
    <message>
        <source>Export Case Studies</source>
        <translation>Eksport Case Study</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rantau</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Mana-mana</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (hamparan)</translation>
    </message>
    <message>
        <source>JSON (web and scripts)</source>
        <translation>JSON (web dan skrip)</translation>
    </message>
    <message>
        <source>PDF (to share and print)</source>
        <translation>PDF (untuk dikongsi dan dicetak)</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industri:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Rantau:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segmen:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produk:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksport…</translation>
    </message>
    <message>
        <source>Only advocates with a current consent to publish are exported, and only the assets (name, logo, quote, case study) they consented to.</source>
        <translation>Hanya advocate dengan persetujuan semasa untuk diterbitkan dieksport, dan hanya aset (nama, logo, petikan, case study) yang mereka persetujui.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n advocates to %1.</source>
        <translation>
            <numerusform>%n advocate dieksport ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fail JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
    <message>
        <source>List advocates without a current consent anonymously instead of leaving them out</source>
        <translation>Senaraikan advocate tanpa persetujuan semasa secara tanpa nama dan bukannya mengecualikan mereka</translation>
    </message>
    <message numerus="yes">
        <source>%n advocates will be exported:</source>
        <translation>
            <numerusform>%n advocate akan dieksport:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named</source>
        <translation>
            <numerusform>%n dinamakan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous</source>
        <translation>
            <numerusform>%n tanpa nama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n quotes or stories say “the customer” or describe the company instead of naming them)</source>
        <translation>
            <numerusform>(%n petikan atau kisah menyebut “pelanggan itu” atau menerangkan syarikat itu dan bukannya menamakan mereka)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n without a current consent to publish.</source>
        <translation>
            <numerusform>Ditinggalkan: %n tanpa persetujuan semasa untuk diterbitkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n case-study links that name someone not named in the list.</source>
        <translation>
            <numerusform>Ditinggalkan: %n pautan case study yang menamakan seseorang yang tidak dinamakan dalam senarai.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::CaseStudyPdf</name>
    <message>
        <source>Customer Case Studies</source>
        <translation>Case Study Pelanggan</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Tarikh: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Penapis: %1</translation>
    </message>
    <message>
        <source>No advocate matches these filters with a current consent.</source>
        <translation>Tiada advocate yang sepadan dengan penapis ini dan mempunyai persetujuan semasa.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rantau</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tiada</translation>
    </message>
    <message>
        <source>Anonymous advocate</source>
        <translation>Advocate tanpa nama</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
</context>
<context>
    <name>ad::CaseStudyRedaction</name>
    <message>
        <source>a %1 company in %2</source>
        <translation>sebuah syarikat %1 di %2</translation>
    </message>
    <message>
        <source>a %1 company</source>
        <translation>sebuah syarikat %1</translation>
    </message>
    <message>
        <source>a company in %1</source>
        <translation>sebuah syarikat di %1</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>seorang pelanggan</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>pelanggan itu</translation>
    </message>
</context>
<context>
    <name>ad::ChartLook</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
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
        <translation>Pencalonan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Sumbangan</translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation>Penghargaan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (hingga %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tiada</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sejak %2</translation>
    </message>
    <message>
        <source>not nominated</source>
        <translation>tidak dicalonkan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Jawatan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Peringkat perjalanan</translation>
    </message>
    <message>
        <source>Latest NPS</source>
        <translation>NPS terkini</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Kesediaan</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation>Garis masa (terbaharu dahulu)</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Belum ada apa-apa.</translation>
    </message>
    <message>
        <source>ADVOCATEDESK_NOW is “%1”, not an ISO 8601 date-time such as 2026-06-15T12:00:00Z.</source>
        <translation>ADVOCATEDESK_NOW ialah “%1”, bukan tarikh-masa ISO 8601 seperti 2026-06-15T12:00:00Z.</translation>
    </message>
    <message>
        <source>There is no database at “%1”. Create one with &apos;%2 init&apos;.</source>
        <translation>Tiada pangkalan data di “%1”. Cipta satu dengan &apos;%2 init&apos;.</translation>
    </message>
    <message>
        <source>No advocate with the email “%1”.</source>
        <translation>Tiada advocate dengan e-mel “%1”.</translation>
    </message>
    <message>
        <source>Run &apos;%1 help&apos; for the list of commands.</source>
        <translation>Jalankan &apos;%1 help&apos; untuk senarai arahan.</translation>
    </message>
    <message>
        <source>Run &apos;%1 help %2&apos;.</source>
        <translation>Jalankan &apos;%1 help %2&apos;.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON instead of text.</source>
        <translation>Cetak JSON yang boleh dibaca mesin dan bukannya teks.</translation>
    </message>
    <message>
        <source>Create an empty database.</source>
        <translation>Cipta pangkalan data kosong.</translation>
    </message>
    <message>
        <source>Creates the database file, readable by its owner only. A file that is already an Advocate Desk database is left as it is.</source>
        <translation>Mencipta fail pangkalan data, hanya boleh dibaca oleh pemiliknya. Fail yang sudah merupakan pangkalan data Advocate Desk dibiarkan seperti sedia ada.</translation>
    </message>
    <message>
        <source>How many advocates to create (at least 1).</source>
        <translation>Berapa ramai advocate untuk dicipta (sekurang-kurangnya 1).</translation>
    </message>
    <message>
        <source>Random seed; the same seed and ADVOCATEDESK_NOW give the same data (default 42).</source>
        <translation>Benih rawak; benih dan ADVOCATEDESK_NOW yang sama memberikan data yang sama (lalai 42).</translation>
    </message>
    <message>
        <source>Fill with a deterministic, believable programme.</source>
        <translation>Isi dengan program yang deterministik dan meyakinkan.</translation>
    </message>
    <message>
        <source>Only an empty database is filled; one that already holds advocates is refused and left unchanged.</source>
        <translation>Hanya pangkalan data kosong diisi; pangkalan data yang sudah mempunyai advocate ditolak dan dibiarkan tanpa perubahan.</translation>
    </message>
    <message>
        <source>Check integrity and schema version.</source>
        <translation>Semak integriti dan versi skema.</translation>
    </message>
    <message>
        <source>Exits with status 1 when a problem is found.</source>
        <translation>Keluar dengan status 1 apabila masalah ditemui.</translation>
    </message>
    <message>
        <source>Count the rows of every entity.</source>
        <translation>Kira baris setiap entiti.</translation>
    </message>
    <message>
        <source>Show at most N matches (default 50).</source>
        <translation>Tunjukkan paling banyak N padanan (lalai 50).</translation>
    </message>
    <message>
        <source>Full-text search over advocates.</source>
        <translation>Carian teks penuh dalam advocate.</translation>
    </message>
    <message>
        <source>Every word matches as a prefix of a name, email, title, account, success story or note; best matches first.</source>
        <translation>Setiap perkataan dipadankan sebagai awalan nama, e-mel, jawatan, akaun, kisah kejayaan atau nota; padanan terbaik dahulu.</translation>
    </message>
    <message>
        <source>One advocate, with timeline.</source>
        <translation>Seorang advocate, dengan garis masa.</translation>
    </message>
    <message>
        <source>Shows the advocate&apos;s profile and everything that happened with them, newest first.</source>
        <translation>Menunjukkan profil advocate dan semua yang berlaku dengan mereka, terbaharu dahulu.</translation>
    </message>
    <message>
        <source>Why this customer could speak for the product.</source>
        <translation>Mengapa pelanggan ini boleh bercakap untuk produk.</translation>
    </message>
    <message>
        <source>Put an advocate into the nomination pipeline.</source>
        <translation>Masukkan advocate ke dalam pipeline pencalonan.</translation>
    </message>
    <message>
        <source>Prints the id of the nomination.</source>
        <translation>Mencetak id pencalonan.</translation>
    </message>
    <message>
        <source>The activity asked for, by name (&quot;Reference call&quot;).</source>
        <translation>Aktiviti yang diminta, mengikut nama (&quot;Reference call&quot;).</translation>
    </message>
    <message>
        <source>The prospect&apos;s industry.</source>
        <translation>Industri prospek.</translation>
    </message>
    <message>
        <source>smb, mid_market or enterprise.</source>
        <translation>smb, mid_market atau enterprise.</translation>
    </message>
    <message>
        <source>The prospect&apos;s region.</source>
        <translation>Rantau prospek.</translation>
    </message>
    <message>
        <source>The product the deal is about.</source>
        <translation>Produk yang berkaitan dengan deal.</translation>
    </message>
    <message>
        <source>When the reference is needed (YYYY-MM-DD).</source>
        <translation>Bila reference diperlukan (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Who in sales or marketing asked.</source>
        <translation>Siapa dalam sales atau marketing yang meminta.</translation>
    </message>
    <message>
        <source>The deal or opportunity.</source>
        <translation>Deal atau peluang.</translation>
    </message>
    <message>
        <source>Log a sales ask; prints its id.</source>
        <translation>Log permohonan sales; mencetak id-nya.</translation>
    </message>
    <message>
        <source>Eligible advocates ranked, each with why; excluded ones, each with its reason.</source>
        <translation>Advocate yang layak disusun mengikut kedudukan, masing-masing dengan sebabnya; yang dikecualikan, masing-masing dengan alasannya.</translation>
    </message>
    <message>
        <source>Only enrolled advocates are considered. --json prints {&quot;candidates&quot;: [{&quot;email&quot;, &quot;score&quot;, &quot;why&quot;}], &quot;excluded&quot;: [{&quot;email&quot;, &quot;reason&quot;}]}.</source>
        <translation>Hanya advocate berdaftar dipertimbangkan. --json mencetak {&quot;candidates&quot;: [{&quot;email&quot;, &quot;score&quot;, &quot;why&quot;}], &quot;excluded&quot;: [{&quot;email&quot;, &quot;reason&quot;}]}.</translation>
    </message>
    <message>
        <source>Record that this advocate was asked.</source>
        <translation>Rekodkan bahawa advocate ini telah diminta.</translation>
    </message>
    <message>
        <source>Refused when ask protection excludes the advocate (see &apos;request match&apos;). Prints the id of the ask.</source>
        <translation>Ditolak apabila perlindungan permohonan mengecualikan advocate (lihat &apos;request match&apos;). Mencetak id permohonan.</translation>
    </message>
    <message>
        <source>Why, for a decline.</source>
        <translation>Sebab, untuk penolakan.</translation>
    </message>
    <message>
        <source>Record the advocate&apos;s answer to an ask.</source>
        <translation>Rekodkan jawapan advocate kepada permohonan.</translation>
    </message>
    <message>
        <source>A decline blocks the same activity type for this advocate for a while.</source>
        <translation>Penolakan menyekat jenis aktiviti yang sama untuk advocate ini buat seketika.</translation>
    </message>
    <message>
        <source>Only what this CSM&apos;s advocates are owed.</source>
        <translation>Hanya apa yang terhutang kepada advocate CSM ini.</translation>
    </message>
    <message>
        <source>Follow-up debt and what needs doing.</source>
        <translation>Susulan tertunggak dan apa yang perlu dibuat.</translation>
    </message>
    <message>
        <source>First day of the range (YYYY-MM-DD).</source>
        <translation>Hari pertama julat (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the range (default: today).</source>
        <translation>Hari terakhir julat (lalai: hari ini).</translation>
    </message>
    <message>
        <source>Only this CSM&apos;s advocates and accounts.</source>
        <translation>Hanya advocate dan akaun CSM ini.</translation>
    </message>
    <message>
        <source>Programme KPIs.</source>
        <translation>KPI program.</translation>
    </message>
    <message>
        <source>NPS and its trend, journey funnel, nomination pipeline, tiers, participation, contributions, ask load and fatigue, referrals, reference-influenced revenue, reference coverage, retention and follow-up debt. The range defaults to the last 365 days ending today. --json prints one object keyed by KPI name.</source>
        <translation>NPS dan trendnya, corong perjalanan, pipeline pencalonan, tier, penyertaan, sumbangan, beban permohonan dan keletihan, referral, hasil yang dipengaruhi reference, liputan reference, pengekalan dan susulan tertunggak. Julat lalai ialah 365 hari lepas berakhir hari ini. --json mencetak satu objek berkunci nama KPI.</translation>
    </message>
    <message>
        <source>How columns map to fields: matched by header (default), a CRM export preset, or a JSON file {&quot;columns&quot;: {&quot;Header&quot;: &quot;field&quot;}}.</source>
        <translation>Cara lajur dipetakan kepada medan: dipadankan mengikut pengepala (lalai), pratetap eksport CRM, atau fail JSON {&quot;columns&quot;: {&quot;Header&quot;: &quot;field&quot;}}.</translation>
    </message>
    <message>
        <source>What to do with a row already in the database (default: refuse the file).</source>
        <translation>Apa yang perlu dilakukan dengan baris yang sudah ada dalam pangkalan data (lalai: tolak fail).</translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation>Semak fail dan nyatakan apa yang akan berubah; tiada apa-apa ditulis.</translation>
    </message>
    <message>
        <source>Import a CSV file of accounts, advocates, nps, purchases or contributions.</source>
        <translation>Import fail CSV akaun, advocate, nps, pembelian atau sumbangan.</translation>
    </message>
    <message>
        <source>The file format.</source>
        <translation>Format fail.</translation>
    </message>
    <message>
        <source>Only accounts in this industry.</source>
        <translation>Hanya akaun dalam industri ini.</translation>
    </message>
    <message>
        <source>Only accounts in this region.</source>
        <translation>Hanya akaun dalam rantau ini.</translation>
    </message>
    <message>
        <source>Only this segment: smb, mid_market or enterprise.</source>
        <translation>Hanya segmen ini: smb, mid_market atau enterprise.</translation>
    </message>
    <message>
        <source>Only accounts using this product.</source>
        <translation>Hanya akaun yang menggunakan produk ini.</translation>
    </message>
    <message>
        <source>Only this tier: community, silver, gold or vip.</source>
        <translation>Hanya tier ini: community, silver, gold atau vip.</translation>
    </message>
    <message>
        <source>Export the case-study list for marketing and sales.</source>
        <translation>Eksport senarai case study untuk marketing dan sales.</translation>
    </message>
    <message>
        <source>Lists advocates with a current name, logo, quote or case-study consent, showing only what each consent allows. CSV cells that a spreadsheet would run as formulas are prefixed with an apostrophe. The file is readable by its owner only.</source>
        <translation>Menyenaraikan advocate dengan persetujuan nama, logo, petikan atau case study yang semasa, menunjukkan hanya apa yang dibenarkan oleh setiap persetujuan. Sel CSV yang akan dijalankan sebagai formula oleh hamparan diberi awalan apostrofi. Fail ini hanya boleh dibaca oleh pemiliknya.</translation>
    </message>
    <message>
        <source>Export everything held on one person, as JSON.</source>
        <translation>Eksport semua yang disimpan tentang seseorang, sebagai JSON.</translation>
    </message>
    <message>
        <source>For a subject access request: the advocate, consents, notes, NPS, touches, contributions, appreciation, asks, referrals, feedback and audit events. The file is readable by its owner only.</source>
        <translation>Untuk permintaan akses subjek data: advocate, persetujuan, nota, NPS, interaksi, sumbangan, penghargaan, permohonan, referral, feedback dan peristiwa audit. Fail ini hanya boleh dibaca oleh pemiliknya.</translation>
    </message>
    <message>
        <source>Confirm: erasing cannot be undone.</source>
        <translation>Sahkan: pemadaman tidak boleh dibuat asal.</translation>
    </message>
    <message>
        <source>Erase one person completely.</source>
        <translation>Padam seseorang sepenuhnya.</translation>
    </message>
    <message>
        <source>Every row, not only the changes since the last export.</source>
        <translation>Setiap baris, bukan hanya perubahan sejak eksport terakhir.</translation>
    </message>
    <message>
        <source>Write the changes since the last export as a sync bundle.</source>
        <translation>Tulis perubahan sejak eksport terakhir sebagai bundle penyegerakan.</translation>
    </message>
    <message>
        <source>A versioned JSON file (docs/sync-bundle.schema.json) for a colleague&apos;s sync-import, readable by its owner only.</source>
        <translation>Fail JSON berversi (docs/sync-bundle.schema.json) untuk sync-import rakan sekerja, hanya boleh dibaca oleh pemiliknya.</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s sync bundle.</source>
        <translation>Gabungkan bundle penyegerakan rakan sekerja.</translation>
    </message>
    <message>
        <source>Show the commands, or how to use one.</source>
        <translation>Tunjukkan arahan, atau cara menggunakan satu arahan.</translation>
    </message>
    <message>
        <source>“%1” is not a subcommand of “%2”.</source>
        <translation>“%1” bukan subarahan bagi “%2”.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Arahan tidak diketahui “%1”.</translation>
    </message>
    <message>
        <source>“%1” takes no value.</source>
        <translation>“%1” tidak mengambil nilai.</translation>
    </message>
    <message>
        <source>“%1” needs a value (%2).</source>
        <translation>“%1” memerlukan nilai (%2).</translation>
    </message>
    <message>
        <source>Unknown option “%1” for “%2”.</source>
        <translation>Pilihan tidak diketahui “%1” untuk “%2”.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Pilihan tidak diketahui “%1”.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Tiada arahan diberikan.</translation>
    </message>
    <message>
        <source>“%1” needs a subcommand.</source>
        <translation>“%1” memerlukan subarahan.</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>“%1” memerlukan %2.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” for “%2”.</source>
        <translation>Argumen tidak dijangka “%1” untuk “%2”.</translation>
    </message>
    <message>
        <source>“%1” needs %2 %3.</source>
        <translation>“%1” memerlukan %2 %3.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Tiada apa-apa yang perlu dibuat.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n advocates to %1.</source>
        <translation>
            <numerusform>%n advocate dieksport ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: %1 [--database PATH] %2</source>
        <translation>Penggunaan: %1 [--database PATH] %2</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Fail pangkalan data (lalai: %1).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Tunjukkan bantuan ini.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Tunjukkan versi.</translation>
    </message>
    <message>
        <source>Run a customer advocacy programme from scripts, on the same data as Advocate Desk.</source>
        <translation>Jalankan program customer advocacy daripada skrip, pada data yang sama seperti Advocate Desk.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Arahan:</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Pilihan global (sebelum atau selepas arahan):</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Persekitaran:</translation>
    </message>
    <message>
        <source>Pin the current time (ISO 8601, e.g. 2026-06-15T12:00:00Z).</source>
        <translation>Tetapkan masa semasa (ISO 8601, cth. 2026-06-15T12:00:00Z).</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 the input or the data was refused (nothing written), 2 usage error.</source>
        <translation>Status keluar: 0 berjaya, 1 input atau data ditolak (tiada apa-apa ditulis), 2 ralat penggunaan.</translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; for more about one command.</source>
        <translation>Jalankan &apos;%1 help COMMAND&apos; untuk maklumat lanjut tentang satu arahan.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Pilihan:</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subarahan:</translation>
    </message>
    <message>
        <source>Would import %1: %2 new, %3 updated, %4 skipped.</source>
        <translation>Akan mengimport %1: %2 baharu, %3 dikemas kini, %4 dilangkau.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 skipped.</source>
        <translation>Diimport %1: %2 baharu, %3 dikemas kini, %4 dilangkau.</translation>
    </message>
    <message numerus="yes">
        <source>%n new accounts would be created.</source>
        <translation>
            <numerusform>%n akaun baharu akan dicipta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new accounts created.</source>
        <translation>
            <numerusform>%n akaun baharu dicipta.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not something to import; use one of: %2.</source>
        <translation>“%1” bukan sesuatu untuk diimport; gunakan salah satu daripada: %2.</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip or update, not “%1”.</source>
        <translation>--on-duplicate menerima skip atau update, bukan “%1”.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… dan %1 lagi.</translation>
    </message>
    <message>
        <source>Created a demo programme (seed %1).</source>
        <translation>Program demo dicipta (benih %1).</translation>
    </message>
    <message>
        <source>Created a demo programme (seed %1): %2 accounts, %3 advocates, %4 nominations, %5 NPS responses, %6 contributions, %7 requests.</source>
        <translation>Program demo dicipta (benih %1): %2 akaun, %3 advocate, %4 pencalonan, %5 respons NPS, %6 sumbangan, %7 permintaan.</translation>
    </message>
    <message>
        <source>“%1” is already an Advocate Desk database (schema %2).</source>
        <translation>“%1” sudah merupakan pangkalan data Advocate Desk (skema %2).</translation>
    </message>
    <message>
        <source>Created an empty Advocate Desk database at “%1” (schema %2).</source>
        <translation>Pangkalan data Advocate Desk kosong dicipta di “%1” (skema %2).</translation>
    </message>
    <message>
        <source>--advocates needs a whole number of at least 1, not “%1”.</source>
        <translation>--advocates memerlukan nombor bulat sekurang-kurangnya 1, bukan “%1”.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not “%1”.</source>
        <translation>--seed memerlukan nombor bulat 0 atau lebih, bukan “%1”.</translation>
    </message>
    <message>
        <source>Generating demo data… %1%</source>
        <translation>Menjana data demo… %1%</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Pangkalan data: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version writes %2)</source>
        <translation>Versi skema: %1 (versi ini menulis %2)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integriti: ok</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problems</source>
        <translation>
            <numerusform>Integriti: %n masalah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problems.</source>
        <translation>
            <numerusform>Pangkalan data mempunyai %n masalah.</numerusform>
        </translation>
    </message>
    <message>
        <source>score</source>
        <translation>skor</translation>
    </message>
    <message>
        <source>promoters / passives / detractors</source>
        <translation>promoter / passive / detractor</translation>
    </message>
    <message>
        <source>Journey funnel</source>
        <translation>Corong perjalanan</translation>
    </message>
    <message>
        <source>Nomination pipeline</source>
        <translation>Pipeline pencalonan</translation>
    </message>
    <message>
        <source>%1 (median %2 days)</source>
        <translation>%1 (median %2 hari)</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Penyertaan</translation>
    </message>
    <message>
        <source>%1 of %2 advocates</source>
        <translation>%1 daripada %2 advocate</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Sumbangan</translation>
    </message>
    <message>
        <source>Ask load</source>
        <translation>Beban permohonan</translation>
    </message>
    <message>
        <source>advocates asked 0 / 1 / 2 / 3+ times</source>
        <translation>advocate diminta 0 / 1 / 2 / 3+ kali</translation>
    </message>
    <message>
        <source>fatigued (at the ask cap)</source>
        <translation>letih (pada had permohonan)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>won / all (won value)</source>
        <translation>menang / semua (nilai menang)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>reference-influenced revenue</source>
        <translation>hasil yang dipengaruhi reference</translation>
    </message>
    <message>
        <source>win rate with a reference</source>
        <translation>kadar menang dengan reference</translation>
    </message>
    <message>
        <source>win rate without a reference</source>
        <translation>kadar menang tanpa reference</translation>
    </message>
    <message>
        <source>Reference coverage</source>
        <translation>Liputan reference</translation>
    </message>
    <message>
        <source>%1 of %2 open requests</source>
        <translation>%1 daripada %2 permintaan terbuka</translation>
    </message>
    <message>
        <source>median days to fulfil</source>
        <translation>median hari untuk dipenuhi</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Pengekalan</translation>
    </message>
    <message>
        <source>advocate accounts</source>
        <translation>akaun advocate</translation>
    </message>
    <message>
        <source>non-advocate accounts</source>
        <translation>akaun bukan advocate</translation>
    </message>
    <message>
        <source>Follow-up debt</source>
        <translation>Susulan tertunggak</translation>
    </message>
    <message>
        <source>%1 needs a date such as 2026-07-01, not “%2”.</source>
        <translation>%1 memerlukan tarikh seperti 2026-07-01, bukan “%2”.</translation>
    </message>
    <message>
        <source>KPIs from %1 to %2</source>
        <translation>KPI dari %1 hingga %2</translation>
    </message>
    <message>
        <source>Wrote everything held on %1 to %2.</source>
        <translation>Semua yang disimpan tentang %1 ditulis ke %2.</translation>
    </message>
    <message>
        <source>Erasing a person cannot be undone; add --yes to confirm.</source>
        <translation>Pemadaman seseorang tidak boleh dibuat asal; tambah --yes untuk mengesahkan.</translation>
    </message>
    <message>
        <source>Erased %1. Rows deleted: %2; texts scrubbed elsewhere: %3.</source>
        <translation>%1 dipadam. Baris dipadam: %2; teks dibersihkan di tempat lain: %3.</translation>
    </message>
    <message>
        <source>--segment is smb, mid_market or enterprise, not “%1”.</source>
        <translation>--segment ialah smb, mid_market atau enterprise, bukan “%1”.</translation>
    </message>
    <message>
        <source>--needed-by needs a date such as 2026-07-01, not “%1”.</source>
        <translation>--needed-by memerlukan tarikh seperti 2026-07-01, bukan “%1”.</translation>
    </message>
    <message>
        <source>There is no activity type “%1”.</source>
        <translation>Tiada jenis aktiviti “%1”.</translation>
    </message>
    <message>
        <source>Candidates (%1):</source>
        <translation>Calon (%1):</translation>
    </message>
    <message>
        <source>Excluded (%1):</source>
        <translation>Dikecualikan (%1):</translation>
    </message>
    <message>
        <source>The answer is “accepted” or “declined”, not “%1”.</source>
        <translation>Jawapan ialah “accepted” atau “declined”, bukan “%1”.</translation>
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
        <translation>--limit memerlukan nombor bulat sekurang-kurangnya 1, bukan “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote all %n rows to %1.</source>
        <translation>
            <numerusform>Kesemua %n baris ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows changed since %1 to %2.</source>
        <translation>
            <numerusform>%n baris yang berubah sejak %1 ditulis ke %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged the bundle from %1: %2 new, %3 updated, %4 unchanged, %5 kept (ours newer), %n conflicts.</source>
        <translation>
            <numerusform>Bundle daripada %1 digabungkan: %2 baharu, %3 dikemas kini, %4 tidak berubah, %5 dikekalkan (kita lebih baharu), %n konflik.</numerusform>
        </translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>seorang rakan sekerja</translation>
    </message>
    <message numerus="yes">
        <source>People erased on request there and erased here too: %n.</source>
        <translation>
            <numerusform>Individu yang dipadam atas permintaan di sana dan turut dipadam di sini: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: %1 %2 (here %3, bundle %4): %5</source>
        <translation>konflik: %1 %2 (di sini %3, bundle %4): %5</translation>
    </message>
    <message>
        <source>Backed up “%1” to “%2”.</source>
        <translation>“%1” disandarkan ke “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up “%1” to “%2” (the newest %n backups there are kept).</source>
        <translation>
            <numerusform>“%1” disandarkan ke “%2” (%n sandaran terbaharu di sana disimpan).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”.</source>
        <translation>“%1” dipulihkan daripada “%2”.</translation>
    </message>
    <message>
        <source>The replaced file was kept as “%1”.</source>
        <translation>Fail yang digantikan disimpan sebagai “%1”.</translation>
    </message>
    <message>
        <source>Benchmark datasets: one account per five advocates, exactly ten contributions and touches and three NPS responses per advocate.</source>
        <translation>Set data penanda aras: satu akaun bagi setiap lima advocate, tepat sepuluh sumbangan dan interaksi serta tiga respons NPS bagi setiap advocate.</translation>
    </message>
    <message>
        <source>The programme report as a PDF.</source>
        <translation>Laporan program sebagai PDF.</translation>
    </message>
    <message>
        <source>Title, range and filters, a table of every KPI beside the same-length period before, then the dashboard&apos;s charts: the document the dashboard&apos;s Export Report writes. The range defaults to the last 365 days ending today.</source>
        <translation>Tajuk, julat dan penapis, jadual setiap KPI di sebelah tempoh sebelumnya yang sama panjang, kemudian carta papan pemuka: dokumen yang ditulis oleh Eksport Laporan papan pemuka. Julat lalai ialah 365 hari terakhir yang berakhir hari ini.</translation>
    </message>
    <message>
        <source>Import the rows without errors and leave the others out (default: refuse the whole file).</source>
        <translation>Import baris tanpa ralat dan kecualikan yang lain (lalai: tolak seluruh fail).</translation>
    </message>
    <message>
        <source>Reads UTF-8, UTF-16 or Windows-1252 text separated by commas, semicolons or tabs. All or nothing: any row error is printed as FILE:ROW: field: message and nothing is written, unless --skip-bad-rows is given. An advocate naming an account that does not exist creates it.</source>
        <translation>Membaca teks UTF-8, UTF-16 atau Windows-1252 yang dipisahkan oleh koma, koma bernoktah atau tab. Semua atau tiada: sebarang ralat baris dicetak sebagai FILE:ROW: field: message dan tiada apa-apa ditulis, melainkan --skip-bad-rows diberikan. Advocate yang menamakan akaun yang tidak wujud akan menciptanya.</translation>
    </message>
    <message>
        <source>List advocates without a current consent anonymously instead of leaving them out.</source>
        <translation>Senaraikan advocate tanpa persetujuan semasa secara tanpa nama dan bukannya mengecualikan mereka.</translation>
    </message>
    <message>
        <source>What to do with rows changed on both sides (default: list them, merge nothing, exit 1).</source>
        <translation>Apa yang perlu dilakukan dengan baris yang diubah di kedua-dua pihak (lalai: senaraikannya, tiada apa-apa digabungkan, keluar 1).</translation>
    </message>
    <message>
        <source>Write a complete copy of the database.</source>
        <translation>Tulis salinan lengkap pangkalan data.</translation>
    </message>
    <message>
        <source>Replace the database with a backup.</source>
        <translation>Gantikan pangkalan data dengan sandaran.</translation>
    </message>
    <message>
        <source>--format takes csv, json or pdf, not “%1”.</source>
        <translation>--format menerima csv, json atau pdf, bukan “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n baris dengan ralat dalam %1; tiada apa-apa diimport.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors left out of %1.</source>
        <translation>
            <numerusform>%n baris dengan ralat dikecualikan daripada %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programme report for %1 (%2) written to %3: %n pages.</source>
        <translation>
            <numerusform>Laporan program untuk %1 (%2) ditulis ke %3: %n halaman.</numerusform>
        </translation>
    </message>
    <message>
        <source>--on-conflict takes keep-mine or take-theirs, not “%1”.</source>
        <translation>--on-conflict menerima keep-mine atau take-theirs, bukan “%1”.</translation>
    </message>
    <message>
        <source>conflict: %1 %2 %3 (changed here %4, in the bundle %5)</source>
        <translation>konflik: %1 %2 %3 (diubah di sini %4, dalam bundle %5)</translation>
    </message>
    <message>
        <source>  %1: mine “%2”, theirs “%3”</source>
        <translation>  %1: milik saya “%2”, milik mereka “%3”</translation>
    </message>
    <message numerus="yes">
        <source>%n rows changed on both sides; nothing was merged. Run again with --on-conflict keep-mine or --on-conflict take-theirs.</source>
        <translation>
            <numerusform>%n baris diubah di kedua-dua pihak; tiada apa-apa digabungkan. Jalankan semula dengan --on-conflict keep-mine atau --on-conflict take-theirs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up “%1” to standard output.</source>
        <translation>“%1” telah disandarkan ke output standard.</translation>
    </message>
    <message>
        <source>--json and an output of “-” both want standard output; choose one.</source>
        <translation>--json dan output “-” kedua-duanya mahu output standard; pilih satu.</translation>
    </message>
    <message>
        <source>“%1” is empty, not an Advocate Desk database. Make it one with &apos;%2 init&apos;.</source>
        <translation>“%1” kosong, bukan pangkalan data Advocate Desk. Jadikannya satu dengan &apos;%2 init&apos;.</translation>
    </message>
    <message>
        <source>Where to write the PDF; - for standard output.</source>
        <translation>Tempat menulis PDF; - untuk output standard.</translation>
    </message>
    <message>
        <source>Save the refused rows (row, column, reason) as CSV; - for standard output.</source>
        <translation>Simpan baris yang ditolak (baris, lajur, sebab) sebagai CSV; - untuk output standard.</translation>
    </message>
    <message>
        <source>Where to write the list (replaced whole); - for standard output.</source>
        <translation>Tempat menulis senarai (diganti sepenuhnya); - untuk output standard.</translation>
    </message>
    <message>
        <source>Where to write the JSON; - for standard output.</source>
        <translation>Tempat menulis JSON; - untuk output standard.</translation>
    </message>
    <message>
        <source>Where to write the bundle; - for standard output.</source>
        <translation>Tempat menulis bundle; - untuk output standard.</translation>
    </message>
    <message>
        <source>Where to write the backup (replaced whole); - for standard output. Without it, the backup goes to the rotating folder DATABASE.backups next to the database.</source>
        <translation>Tempat menulis sandaran (diganti sepenuhnya); - untuk output standard. Tanpanya, sandaran disimpan dalam folder bergilir DATABASE.backups di sebelah pangkalan data.</translation>
    </message>
    <message>
        <source>For a damaged backup, list every problem found, not only the first few.</source>
        <translation>Bagi sandaran yang rosak, senaraikan setiap masalah yang ditemui, bukan beberapa yang pertama sahaja.</translation>
    </message>
    <message>
        <source>The backup is checked first (integrity and schema version); a damaged or foreign file is refused and nothing changes. The replaced database is kept as a safety copy in DATABASE.backups. Programs that have the file open see the restored programme; one that is writing makes the restore wait up to 5 s, after which it is refused.</source>
        <translation>Sandaran disemak dahulu (integriti dan versi skema); fail yang rosak atau asing ditolak dan tiada apa-apa berubah. Pangkalan data yang diganti disimpan sebagai salinan keselamatan dalam DATABASE.backups. Program yang membuka fail itu melihat program yang dipulihkan; program yang sedang menulis membuat pemulihan menunggu sehingga 5 saat, selepas itu ia ditolak.</translation>
    </message>
    <message numerus="yes">
        <source>%n people erased since the backup was taken were erased again.</source>
        <translation>
            <numerusform>%n orang yang dipadam sejak sandaran diambil telah dipadam sekali lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also rewrite every copy in DATABASE.backups that still holds the person, without them.</source>
        <translation>Tulis semula juga setiap salinan dalam DATABASE.backups yang masih menyimpan orang itu, tanpa mereka.</translation>
    </message>
    <message>
        <source>Deletes the advocate and every row about them, removes them from the search index and replaces their email, name and phone number in every other row&apos;s text, in one transaction. A salted hash of their email is kept in the erasure ledger, so that restoring an older backup or merging an older bundle erases them again. Backups taken before still hold them until rewritten with --scrub-backups; copies outside the backups folder are out of reach.</source>
        <translation>Memadam advocate dan setiap baris tentang mereka, membuang mereka daripada indeks carian dan menggantikan e-mel, nama dan nombor telefon mereka dalam teks setiap baris lain, dalam satu transaksi. Cincangan bergaram e-mel mereka disimpan dalam lejar pemadaman, supaya memulihkan sandaran lama atau menggabungkan bundle lama memadam mereka sekali lagi. Sandaran yang diambil sebelum ini masih menyimpan mereka sehingga ditulis semula dengan --scrub-backups; salinan di luar folder sandaran tidak dapat dicapai.</translation>
    </message>
    <message>
        <source>The person was erased from the database, but rewriting the backups failed: %1</source>
        <translation>Orang itu telah dipadam daripada pangkalan data, tetapi penulisan semula sandaran gagal: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rewrote %n backups in %1 without them.</source>
        <translation>
            <numerusform>Menulis semula %n sandaran dalam %1 tanpa mereka.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups in %1 were taken before and still hold them; run again with --scrub-backups to rewrite them, or restore one: it erases them again.</source>
        <translation>
            <numerusform>%n sandaran dalam %1 diambil sebelum ini dan masih menyimpan mereka; jalankan semula dengan --scrub-backups untuk menulisnya semula, atau pulihkan satu: ia memadam mereka sekali lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept the key of a colleague whose bundle this programme has not seen before, once its fingerprint was compared with theirs (sync-key).</source>
        <translation>Terima kunci rakan sekerja yang bundlenya belum pernah dilihat oleh program ini, setelah cap jarinya dibandingkan dengan cap jari mereka (sync-key).</translation>
    </message>
    <message>
        <source>Accept the erasures and consent changes the bundle makes (without it they are listed, nothing is merged, exit 1).</source>
        <translation>Terima pemadaman dan perubahan persetujuan yang dibuat oleh bundle (tanpanya ia disenaraikan, tiada apa-apa digabungkan, keluar 1).</translation>
    </message>
    <message>
        <source>Rows are matched by UUID (or by name or email when created on both sides); a row only the colleague changed takes the newer updated_at. Rows both sides changed are conflicts: without --on-conflict they are listed field by field and nothing is merged. A malformed, truncated, newer-version, unsigned or altered bundle is refused whole; a colleague&apos;s first bundle waits for --trust, erasures and consent changes for --yes. Merging a bundle again changes nothing.</source>
        <translation>Baris dipadankan mengikut UUID (atau mengikut nama atau e-mel jika dicipta di kedua-dua pihak); baris yang hanya diubah oleh rakan sekerja mengambil updated_at yang lebih baharu. Baris yang diubah oleh kedua-dua pihak ialah konflik: tanpa --on-conflict ia disenaraikan medan demi medan dan tiada apa-apa digabungkan. Bundle yang rosak, terpotong, versi lebih baharu, tidak ditandatangani atau diubah ditolak sepenuhnya; bundle pertama rakan sekerja menunggu --trust, pemadaman dan perubahan persetujuan menunggu --yes. Menggabungkan bundle sekali lagi tidak mengubah apa-apa.</translation>
    </message>
    <message>
        <source>Show the fingerprint of the key this programme signs bundles with.</source>
        <translation>Tunjukkan cap jari kunci yang digunakan oleh program ini untuk menandatangani bundle.</translation>
    </message>
    <message>
        <source>A colleague merging your first bundle is shown this fingerprint and accepts it only if it matches: read it to them.</source>
        <translation>Rakan sekerja yang menggabungkan bundle pertama anda ditunjukkan cap jari ini dan menerimanya hanya jika ia sepadan: bacakannya kepada mereka.</translation>
    </message>
    <message>
        <source>%1 is signed by a key this programme has not seen: %2, fingerprint %3.</source>
        <translation>%1 ditandatangani dengan kunci yang belum pernah dilihat oleh program ini: %2, cap jari %3.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your colleague&apos;s &apos;advocatedesk-cli sync-key&apos; shows (by phone or in person), then run again with --trust &quot;%1&quot;. Nothing was merged.</source>
        <translation>Bandingkan cap jari itu dengan yang ditunjukkan oleh &apos;advocatedesk-cli sync-key&apos; rakan sekerja anda (melalui telefon atau bersemuka), kemudian jalankan semula dengan --trust &quot;%1&quot;. Tiada apa-apa digabungkan.</translation>
    </message>
    <message>
        <source>the bundle would %1</source>
        <translation>bundle ini akan: %1</translation>
    </message>
    <message numerus="yes">
        <source>The bundle erases people or changes consents (%n changes above); nothing was merged. Run again with --yes to accept them.</source>
        <translation>
            <numerusform>Bundle ini memadam orang atau mengubah persetujuan (%n perubahan di atas); tiada apa-apa digabungkan. Jalankan semula dengan --yes untuk menerimanya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people of the colleague&apos;s file are not users here; a bundle never adds users, so what they own is left without an owner.</source>
        <translation>
            <numerusform>%n orang daripada fail rakan sekerja bukan pengguna di sini; bundle tidak pernah menambah pengguna, jadi apa yang mereka miliki dibiarkan tanpa pemilik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes to users or activity types were not taken: a bundle never changes them here.</source>
        <translation>
            <numerusform>%n perubahan pada pengguna atau jenis aktiviti tidak diambil: bundle tidak pernah mengubahnya di sini.</numerusform>
        </translation>
    </message>
    <message>
        <source>This programme signs its bundles with the key whose fingerprint is %1.</source>
        <translation>Program ini menandatangani bundlenya dengan kunci yang cap jarinya %1.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding, when detection is not wanted (a file that is UTF-8 but for a line is refused until one is given).</source>
        <translation>Pengekodan fail, apabila pengesanan tidak dikehendaki (fail yang UTF-8 kecuali satu baris ditolak sehingga satu diberikan).</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, windows-1252, utf-16le or utf-16be, not “%1”.</source>
        <translation>--encoding menerima utf-8, windows-1252, utf-16le atau utf-16be, bukan “%1”.</translation>
    </message>
    <message>
        <source>Who is acting, for the audit log (default: whom Advocate Desk was told for this file, else $USER).</source>
        <translation>Siapa yang bertindak, untuk log audit (lalai: nama yang diberitahu kepada Advocate Desk untuk fail ini, jika tiada $USER).</translation>
    </message>
    <message>
        <source>One request and everyone asked for it.</source>
        <translation>Satu permintaan dan semua yang diminta untuknya.</translation>
    </message>
    <message>
        <source>Each ask with the advocate&apos;s owner, when they were asked, their answer and when, and the contribution logged for the request. --json prints {&quot;id&quot;, &quot;status&quot;, &quot;activity&quot;, &quot;asks&quot;: [{&quot;email&quot;, &quot;owner&quot;, &quot;asked_on&quot;, &quot;answer&quot;, &quot;answered_on&quot;, &quot;contribution_id&quot;}]}.</source>
        <translation>Setiap permohonan dengan pemilik advocate, bila mereka diminta, jawapan mereka dan bila, serta sumbangan yang dilog untuk permintaan ini. --json mencetak {&quot;id&quot;, &quot;status&quot;, &quot;activity&quot;, &quot;asks&quot;: [{&quot;email&quot;, &quot;owner&quot;, &quot;asked_on&quot;, &quot;answer&quot;, &quot;answered_on&quot;, &quot;contribution_id&quot;}]}.</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Diperlukan sebelum</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Peminta</translation>
    </message>
    <message>
        <source>Asked (%1):</source>
        <translation>Diminta (%1):</translation>
    </message>
    <message>
        <source>accepted on %1</source>
        <translation>diterima pada %1</translation>
    </message>
    <message>
        <source>declined on %1</source>
        <translation>ditolak pada %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>menunggu jawapan</translation>
    </message>
    <message>
        <source>%1; contributed on %2</source>
        <translation>%1; menyumbang pada %2</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>tiada pemilik</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>pemilik %1</translation>
    </message>
    <message>
        <source>asked %1</source>
        <translation>diminta %1</translation>
    </message>
    <message>
        <source>Wrote a local SQLite snapshot of “%1” to “%2”; open it with --database %2.</source>
        <translation>Petikan SQLite tempatan bagi “%1” ditulis ke “%2”; bukanya dengan --database %2.</translation>
    </message>
    <message>
        <source>&apos;restore&apos; replaces a database file and does not apply to a server. To bring a backup onto a server, copy it into an empty database: &apos;%1 server push %2 URL&apos;. Nothing was changed.</source>
        <translation>&apos;restore&apos; menggantikan fail pangkalan data dan tidak terpakai pada pelayan. Untuk membawa sandaran ke pelayan, salinnya ke pangkalan data kosong: &apos;%1 server push %2 URL&apos;. Tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source>The database “%1” is empty, not yet an Advocate Desk programme. Create its schema with &apos;%2 server init %1&apos;, or copy a programme into it with &apos;%2 server push FILE.sqlite %1&apos;.</source>
        <translation>Pangkalan data “%1” kosong, belum lagi program Advocate Desk. Cipta skemanya dengan &apos;%2 server init %1&apos;, atau salin program ke dalamnya dengan &apos;%2 server push FILE.sqlite %1&apos;.</translation>
    </message>
    <message>
        <source>Safe while other programs use the file. The copy is readable by its owner only. In the rotating folder only the newest copies are kept (setting backups/keep, default 5). Of a programme on a server, --out writes a complete local SQLite snapshot, which --database FILE opens like any file.</source>
        <translation>Selamat semasa program lain menggunakan fail. Salinan hanya boleh dibaca oleh pemiliknya. Dalam folder berputar hanya salinan terbaharu disimpan (tetapan backups/keep, lalai 5). Bagi program pada pelayan, --out menulis petikan SQLite tempatan yang lengkap, yang dibuka oleh --database FILE seperti mana-mana fail.</translation>
    </message>
    <message>
        <source>Create the schema of a programme in an empty PostgreSQL database.</source>
        <translation>Cipta skema program dalam pangkalan data PostgreSQL yang kosong.</translation>
    </message>
    <message>
        <source>URL is postgresql://USER@HOST[:PORT]/DATABASE; the password comes from PGPASSWORD, ~/.pgpass or PGSERVICE, never from the command line. The database must exist (createdb) and be empty: one holding tables of another program, or already a programme, is refused and left unchanged.</source>
        <translation>URL ialah postgresql://USER@HOST[:PORT]/DATABASE; kata laluan datang daripada PGPASSWORD, ~/.pgpass atau PGSERVICE, tidak sekali-kali daripada baris perintah. Pangkalan data mesti wujud (createdb) dan kosong: yang mengandungi jadual program lain, atau yang sudah menjadi program, ditolak dan dibiarkan tanpa perubahan.</translation>
    </message>
    <message>
        <source>Copy a whole local programme to a PostgreSQL server.</source>
        <translation>Salin seluruh program tempatan ke pelayan PostgreSQL.</translation>
    </message>
    <message>
        <source>The server database must be empty, or a new programme from &apos;server init&apos;. Every table is copied in one transaction, then read back and compared with the file (row count and checksum) before it is committed: on any difference or failure nothing stays on the server. The file is only read. The way back is &apos;backup --out FILE.sqlite&apos; with --database URL.</source>
        <translation>Pangkalan data pelayan mesti kosong, atau program baharu daripada &apos;server init&apos;. Setiap jadual disalin dalam satu transaksi, kemudian dibaca semula dan dibandingkan dengan fail (bilangan baris dan hasil tambah semak) sebelum dimuktamadkan: jika ada perbezaan atau kegagalan, tiada apa-apa kekal pada pelayan. Fail hanya dibaca. Jalan balik ialah &apos;backup --out FILE.sqlite&apos; dengan --database URL.</translation>
    </message>
    <message>
        <source>A programme on a PostgreSQL server: postgresql://USER@HOST[:PORT]/DATABASE. The password comes from PGPASSWORD, ~/.pgpass or PGSERVICE, never from the command line.</source>
        <translation>Program pada pelayan PostgreSQL: postgresql://USER@HOST[:PORT]/DATABASE. Kata laluan datang daripada PGPASSWORD, ~/.pgpass atau PGSERVICE, tidak sekali-kali daripada baris perintah.</translation>
    </message>
    <message>
        <source>--scrub-backups rewrites the backups folder beside a database file; a server has none. Run without it, then erase the person from the server&apos;s own backups and from any snapshot taken with &apos;backup --out&apos;. Nothing was changed.</source>
        <translation>--scrub-backups menulis semula folder sandaran di sebelah fail pangkalan data; pelayan tidak mempunyainya. Jalankan tanpanya, kemudian padamkan orang itu daripada sandaran pelayan sendiri dan daripada sebarang petikan yang diambil dengan &apos;backup --out&apos;. Tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes the server address as its argument; leave out --database.</source>
        <translation>&apos;%1&apos; mengambil alamat pelayan sebagai argumennya; tinggalkan --database.</translation>
    </message>
    <message>
        <source>“%1” is not a server address: write it as postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>“%1” bukan alamat pelayan: tulis sebagai postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>Tiada pangkalan data di “%1”.</translation>
    </message>
    <message>
        <source>“%1” is empty, not an Advocate Desk database.</source>
        <translation>“%1” kosong, bukan pangkalan data Advocate Desk.</translation>
    </message>
    <message>
        <source>“%1” is already an Advocate Desk programme (schema %2); nothing was changed.</source>
        <translation>“%1” sudah merupakan program Advocate Desk (skema %2); tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source>Created an empty Advocate Desk programme in “%1” (schema %2). Fill it with &apos;%3 server push FILE.sqlite %1&apos;, or work on it with --database %1.</source>
        <translation>Program Advocate Desk kosong dicipta di “%1” (skema %2). Isikannya dengan &apos;%3 server push FILE.sqlite %1&apos;, atau bekerja padanya dengan --database %1.</translation>
    </message>
    <message>
        <source>The first argument is the local programme file (FILE.sqlite), not a server address.</source>
        <translation>Argumen pertama ialah fail program tempatan (FILE.sqlite), bukan alamat pelayan.</translation>
    </message>
    <message>
        <source>Copying “%1” to “%2”…</source>
        <translation>Menyalin “%1” ke “%2”…</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from “%3” to “%4”; each table&apos;s row count and checksum were verified on the server before the commit.</source>
        <translation>%1 baris dalam %2 jadual disalin daripada “%3” ke “%4”; bilangan baris dan hasil tambah semak setiap jadual disahkan pada pelayan sebelum dimuktamadkan.</translation>
    </message>
</context>
<context>
    <name>ad::CollapsedColumn</name>
    <message>
        <source>Collapsed column: drop a card here to move it, double-click to expand</source>
        <translation>Lajur diruntuhkan: lepaskan kad di sini untuk mengalihkannya, klik dua kali untuk mengembangkan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ad::ConnectToServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Sambung ke Pelayan</translation>
    </message>
    <message>
        <source>Open a programme kept on a PostgreSQL server. Paste its address, or fill in the parts.</source>
        <translation>Buka program yang disimpan pada pelayan PostgreSQL. Tampal alamatnya, atau isikan bahagian-bahagiannya.</translation>
    </message>
    <message>
        <source>The whole address; editing the parts below writes it</source>
        <translation>Alamat penuh; menyunting bahagian di bawah akan menulisnya</translation>
    </message>
    <message>
        <source>Empty: a server on this computer</source>
        <translation>Kosong: pelayan pada komputer ini</translation>
    </message>
    <message>
        <source>Empty: the usual one</source>
        <translation>Kosong: yang biasa</translation>
    </message>
    <message>
        <source>The folder holding the server&apos;s socket, for a server on this computer</source>
        <translation>Folder yang menyimpan soket pelayan, untuk pelayan pada komputer ini</translation>
    </message>
    <message>
        <source>The password is taken from ~/.pgpass, PGPASSWORD or a PGSERVICE entry, as for any PostgreSQL program. Advocate Desk never asks for it and never stores it.</source>
        <translation>Kata laluan diambil daripada ~/.pgpass, PGPASSWORD atau entri PGSERVICE, seperti mana-mana program PostgreSQL. Advocate Desk tidak pernah memintanya dan tidak pernah menyimpannya.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hos:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Pangkalan &amp;data:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Pe&amp;ngguna:</translation>
    </message>
    <message>
        <source>&amp;Socket folder:</source>
        <translation>Folder s&amp;oket:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Sambung</translation>
    </message>
    <message>
        <source>The socket folder must be a full path, such as /run/postgresql.</source>
        <translation>Folder soket mesti laluan penuh, seperti /run/postgresql.</translation>
    </message>
</context>
<context>
    <name>ad::ContributionDialog</name>
    <message>
        <source>Log Contribution</source>
        <translation>Log Sumbangan</translation>
    </message>
    <message>
        <source>%1 (%2, %3 points)</source>
        <translation>%1 (%2, %3 mata)</translation>
    </message>
    <message>
        <source>Link to the recording, post or document</source>
        <translation>Pautan ke rakaman, hantaran atau dokumen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Artifact link</source>
        <translation>Pautan artifak</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Log contribution: %1</source>
        <translation>Log sumbangan: %1</translation>
    </message>
    <message>
        <source>Logged the contribution: %1.</source>
        <translation>Sumbangan dilog: %1.</translation>
    </message>
    <message>
        <source>The request of %1</source>
        <translation>Permintaan pada %1</translation>
    </message>
    <message>
        <source>For request</source>
        <translation>Untuk permintaan</translation>
    </message>
</context>
<context>
    <name>ad::CsvReader</name>
    <message>
        <source>%1:%2: a quoted cell is never closed (a &quot; is missing).</source>
        <translation>%1:%2: sel bertanda petik tidak pernah ditutup (&quot; tiada).</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header line.</source>
        <translation>%1: fail kosong; ia memerlukan baris pengepala.</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2.</source>
        <translation>baris mempunyai %1 sel tetapi pengepala mempunyai %2.</translation>
    </message>
    <message>
        <source>%1:%2: this line is not valid UTF-8, while the rest of the file is. Correct the line, or choose the file&apos;s encoding (for example Windows-1252) if it is not UTF-8; nothing was read.</source>
        <translation>%1:%2: baris ini bukan UTF-8 yang sah, sedangkan bahagian lain fail itu sah. Betulkan baris itu, atau pilih pengekodan fail (contohnya Windows-1252) jika ia bukan UTF-8; tiada apa-apa dibaca.</translation>
    </message>
    <message>
        <source>%1:1: the header has %2 columns; at most %3 are read.</source>
        <translation>%1:1: pengepala mempunyai %2 lajur; paling banyak %3 dibaca.</translation>
    </message>
    <message>
        <source>%1:1: the header names the column “%2” twice (columns %3 and %4); which one is meant cannot be told.</source>
        <translation>%1:1: pengepala menamakan lajur “%2” dua kali (lajur %3 dan %4); tidak dapat ditentukan yang mana satu dimaksudkan.</translation>
    </message>
</context>
<context>
    <name>ad::DashboardCharts</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>NPS by month: score and promoter / passive / detractor mix</source>
        <translation>NPS mengikut bulan: skor dan campuran promoter / passive / detractor</translation>
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
        <translation>Respons</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <source>Journey funnel and conversion to the next stage</source>
        <translation>Corong perjalanan dan penukaran ke peringkat seterusnya</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>%1 (→ %2)</source>
        <translation>%1 (→ %2)</translation>
    </message>
    <message>
        <source>Reached this stage or beyond: %1</source>
        <translation>Mencapai peringkat ini atau seterusnya: %1</translation>
    </message>
    <message>
        <source>Journey stage: %1</source>
        <translation>Peringkat perjalanan: %1</translation>
    </message>
    <message>
        <source>Nomination pipeline and median days in status</source>
        <translation>Pipeline pencalonan dan median hari dalam status</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Pencalonan</translation>
    </message>
    <message>
        <source>%1 (median %2 d)</source>
        <translation>%1 (median %2 hari)</translation>
    </message>
    <message>
        <source>Median days in this status: %1</source>
        <translation>Median hari dalam status ini: %1</translation>
    </message>
    <message>
        <source>Nomination status: %1</source>
        <translation>Status pencalonan: %1</translation>
    </message>
    <message>
        <source>Tier distribution</source>
        <translation>Taburan tier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Tier: %1</translation>
    </message>
    <message>
        <source>Contributions by type per month</source>
        <translation>Sumbangan mengikut jenis setiap bulan</translation>
    </message>
    <message>
        <source>Contributed %1 in %2</source>
        <translation>Menyumbang %1 pada %2</translation>
    </message>
    <message numerus="yes">
        <source>Ask load: advocates by asks in the range (%n fatigued)</source>
        <translation>
            <numerusform>Beban permohonan: advocate mengikut permohonan dalam julat (%n letih)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Tidak diminta</translation>
    </message>
    <message>
        <source>Asked once</source>
        <translation>Diminta sekali</translation>
    </message>
    <message>
        <source>Asked twice</source>
        <translation>Diminta dua kali</translation>
    </message>
    <message>
        <source>3 or more asks</source>
        <translation>3 permohonan atau lebih</translation>
    </message>
    <message>
        <source>Ask load: %1</source>
        <translation>Beban permohonan: %1</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Kadar (%)</translation>
    </message>
    <message>
        <source>Win rate with vs without a reference (influenced revenue %1)</source>
        <translation>Kadar menang dengan dan tanpa reference (hasil yang dipengaruhi reference %1)</translation>
    </message>
    <message>
        <source>With a reference</source>
        <translation>Dengan reference</translation>
    </message>
    <message>
        <source>Without a reference</source>
        <translation>Tanpa reference</translation>
    </message>
    <message>
        <source>Won %1, lost %2</source>
        <translation>Menang %1, kalah %2</translation>
    </message>
    <message>
        <source>Decided requests: %1</source>
        <translation>Permintaan yang diputuskan: %1</translation>
    </message>
    <message>
        <source>Retention of advocate vs other accounts</source>
        <translation>Pengekalan akaun advocate berbanding akaun lain</translation>
    </message>
    <message>
        <source>Advocate accounts</source>
        <translation>Akaun advocate</translation>
    </message>
    <message>
        <source>Other accounts</source>
        <translation>Akaun lain</translation>
    </message>
    <message>
        <source>%1 of %2 accounts retained</source>
        <translation>%1 daripada %2 akaun dikekalkan</translation>
    </message>
    <message>
        <source>Referrals and their value (won %1 of %2)</source>
        <translation>Referral dan nilainya (menang %1 daripada %2)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Dirujuk</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Menang</translation>
    </message>
    <message>
        <source>Conversion %1</source>
        <translation>Penukaran %1</translation>
    </message>
    <message>
        <source>Advocates who referred</source>
        <translation>Advocate yang membuat referral</translation>
    </message>
    <message>
        <source>Follow-up debt, due today</source>
        <translation>Susulan tertunggak, perlu dibuat hari ini</translation>
    </message>
    <message>
        <source>Items due</source>
        <translation>Item yang perlu dibuat</translation>
    </message>
    <message>
        <source>Conversion to the next stage: %1</source>
        <translation>Penukaran ke peringkat seterusnya: %1</translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>Jenis lain</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Asks in the range</source>
        <translation>Permohonan dalam julat</translation>
    </message>
    <message>
        <source>No decided deals yet</source>
        <translation>Belum ada deal yang diputuskan</translation>
    </message>
    <message>
        <source>Win rate with vs without a reference (no deals yet)</source>
        <translation>Kadar menang dengan dan tanpa reference (belum ada deal)</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Belum ada akaun</translation>
    </message>
    <message>
        <source>Referrals and their value (no referrals yet)</source>
        <translation>Referral dan nilainya (belum ada referral)</translation>
    </message>
    <message>
        <source>Referrals and their value</source>
        <translation>Referral dan nilainya</translation>
    </message>
    <message>
        <source>No NPS answers in this period yet.</source>
        <translation>Belum ada jawapan NPS dalam tempoh ini.</translation>
    </message>
    <message>
        <source>No advocates on the journey yet.</source>
        <translation>Belum ada advocate dalam perjalanan.</translation>
    </message>
    <message>
        <source>No nominations yet.</source>
        <translation>Belum ada pencalonan.</translation>
    </message>
    <message>
        <source>No advocates with a tier yet.</source>
        <translation>Belum ada advocate yang mempunyai tier.</translation>
    </message>
    <message>
        <source>No contributions in this period yet.</source>
        <translation>Belum ada sumbangan dalam tempoh ini.</translation>
    </message>
    <message>
        <source>No advocates to ask yet.</source>
        <translation>Belum ada advocate untuk diminta.</translation>
    </message>
    <message>
        <source>No decided deals in this period yet.</source>
        <translation>Belum ada deal yang diputuskan dalam tempoh ini.</translation>
    </message>
    <message>
        <source>No accounts to compare yet.</source>
        <translation>Belum ada akaun untuk dibandingkan.</translation>
    </message>
    <message>
        <source>No referrals in this period yet.</source>
        <translation>Belum ada referral dalam tempoh ini.</translation>
    </message>
    <message>
        <source>Nothing is owed to advocates today.</source>
        <translation>Tiada susulan tertunggak kepada advocate hari ini.</translation>
    </message>
</context>
<context>
    <name>ad::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Papan Pemuka</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Julat tarikh</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hingga</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Eksport Laporan…</translation>
    </message>
    <message>
        <source>The dashboard as a PDF programme report</source>
        <translation>Papan pemuka sebagai laporan program PDF</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Penapis:</translation>
    </message>
    <message>
        <source>All CSMs</source>
        <translation>Semua CSM</translation>
    </message>
    <message>
        <source>Owner CSM</source>
        <translation>CSM pemilik</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Semua segmen</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Semua rantau</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rantau</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Semua tier</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Tutup senarai</translation>
    </message>
    <message>
        <source>Double-click an advocate to open the profile.</source>
        <translation>Klik dua kali pada advocate untuk membuka profil.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Mengira…</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Berbanding %1</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n requests</source>
        <translation>
            <numerusform>%1 — %n permintaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n advocates</source>
        <translation>
            <numerusform>%1 — %n advocate</numerusform>
        </translation>
    </message>
    <message>
        <source>The dashboard has no numbers yet.</source>
        <translation>Papan pemuka belum mempunyai angka.</translation>
    </message>
    <message>
        <source>Export Programme Report</source>
        <translation>Eksport Laporan Program</translation>
    </message>
    <message>
        <source>programme-report-%1.pdf</source>
        <translation>laporan-program-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Laporan tidak disimpan</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Laporan disimpan ke %1</translation>
    </message>
    <message>
        <source>Tiles and charts</source>
        <translation>Jubin dan carta</translation>
    </message>
</context>
<context>
    <name>ad::DashboardRange</name>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>365 hari terakhir</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Suku tahun ini</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Suku tahun lepas</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Julat tersuai</translation>
    </message>
</context>
<context>
    <name>ad::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Tiada fail pangkalan data diberikan.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” ialah folder, bukan fail pangkalan data.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Tidak dapat membuka “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: it is damaged or not an Advocate Desk database (%2).</source>
        <translation>“%1” tidak dapat dibuka: ia rosak atau bukan pangkalan data Advocate Desk (%2).</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Advocate Desk (schema %2; this version understands up to %3). Update Advocate Desk to open it; the file was not changed.</source>
        <translation>“%1” ditulis oleh versi Advocate Desk yang lebih baharu (skema %2; versi ini memahami sehingga %3). Kemas kini Advocate Desk untuk membukanya; fail tidak diubah.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not an Advocate Desk database.</source>
        <translation>“%1” ialah pangkalan data SQLite program lain, bukan pangkalan data Advocate Desk.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>Baris %1 jadual %2 merujuk kepada baris yang tiada dalam %3.</translation>
    </message>
    <message>
        <source>Schema version is %1; expected %2.</source>
        <translation>Versi skema ialah %1; dijangka %2.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Menaik taraf pangkalan data ke skema %1 gagal: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file name.</source>
        <translation>“%1” sudah wujud; pilih nama fail baharu.</translation>
    </message>
    <message>
        <source>The database file “%1” was removed by another program. What is on screen is still open: use File → Back Up Database… to save it to a file, then open that file.</source>
        <translation>Fail pangkalan data “%1” telah dialih keluar oleh program lain. Apa yang ada pada skrin masih terbuka: gunakan Fail → Sandarkan Pangkalan Data… untuk menyimpannya ke fail, kemudian buka fail itu.</translation>
    </message>
    <message>
        <source>The database file “%1” was replaced by another program. What is on screen is the file as it was: use File → Back Up Database… to keep it, or open the file again to see the new one.</source>
        <translation>Fail pangkalan data “%1” telah digantikan oleh program lain. Apa yang ada pada skrin ialah fail seperti sebelumnya: gunakan Fail → Sandarkan Pangkalan Data… untuk menyimpannya, atau buka fail sekali lagi untuk melihat yang baharu.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>Tiada pangkalan data di “%1”.</translation>
    </message>
    <message>
        <source>“%1” is read-only and was written by an older version of Advocate Desk: make it writable so that it can be upgraded; the file was not changed.</source>
        <translation>“%1” adalah baca sahaja dan ditulis oleh versi Advocate Desk yang lebih lama: jadikannya boleh ditulis supaya ia boleh dinaik taraf; fail tidak diubah.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade, but backing it up first failed (%2); the file was not changed.</source>
        <translation>“%1” perlu dinaik taraf, tetapi menyandarkannya dahulu gagal (%2); fail tidak diubah.</translation>
    </message>
    <message>
        <source>“%1” is not an Advocate Desk database: it is not an SQLite file.</source>
        <translation>“%1” bukan pangkalan data Advocate Desk: ia bukan fail SQLite.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket), so it cannot be a database.</source>
        <translation>“%1” bukan fail biasa (peranti, paip atau soket), jadi ia tidak boleh menjadi pangkalan data.</translation>
    </message>
    <message>
        <source>“%1” is still open in another program, so it was left where it is; remove it when that program has closed it.</source>
        <translation>“%1” masih dibuka dalam program lain, jadi ia dibiarkan di tempatnya; buangnya apabila program itu telah menutupnya.</translation>
    </message>
    <message>
        <source>Cannot remove “%1”.</source>
        <translation>Tidak dapat membuang “%1”.</translation>
    </message>
    <message>
        <source>The server at “%1” did not let this user in: the user name or the password is wrong. The password comes from PGPASSWORD, ~/.pgpass or PGSERVICE; nothing was changed. (%2)</source>
        <translation>Pelayan di “%1” tidak membenarkan pengguna ini masuk: nama pengguna atau kata laluan salah. Kata laluan diambil daripada PGPASSWORD, ~/.pgpass atau PGSERVICE; tiada apa-apa diubah. (%2)</translation>
    </message>
    <message>
        <source>The server at “%1” has no such database; create it first (createdb), then connect again. (%2)</source>
        <translation>Pelayan di “%1” tiada pangkalan data itu; ciptanya dahulu (createdb), kemudian sambung semula. (%2)</translation>
    </message>
    <message>
        <source>The server at “%1” does not let this user connect to that database. (%2)</source>
        <translation>Pelayan di “%1” tidak membenarkan pengguna ini menyambung ke pangkalan data itu. (%2)</translation>
    </message>
    <message>
        <source>The server at “%1” cannot be reached: check the address and that the server is running; nothing was changed. (%2)</source>
        <translation>Pelayan di “%1” tidak dapat dihubungi: semak alamat dan pastikan pelayan sedang berjalan; tiada apa-apa diubah. (%2)</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed, so “%1” cannot be opened (on Debian: apt install libqt6sql6-psql).</source>
        <translation>Pemacu PostgreSQL Qt tidak dipasang, jadi “%1” tidak dapat dibuka (di Debian: apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database “%1” holds tables of another program: it is not an Advocate Desk programme. Nothing was changed; use an empty database.</source>
        <translation>Pangkalan data “%1” mengandungi jadual program lain: ia bukan program Advocate Desk. Tiada apa-apa diubah; gunakan pangkalan data yang kosong.</translation>
    </message>
    <message>
        <source>The database “%1” is not an Advocate Desk programme. Nothing was changed.</source>
        <translation>Pangkalan data “%1” bukan program Advocate Desk. Tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer version of Advocate Desk (schema %2; this version understands up to %3). Update Advocate Desk to open it; nothing was changed.</source>
        <translation>Pangkalan data “%1” ditulis oleh versi Advocate Desk yang lebih baharu (skema %2; versi ini memahami sehingga %3). Kemas kini Advocate Desk untuk membukanya; tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source>The database “%1” was opened read-only and needs an upgrade or its schema first; nothing was changed.</source>
        <translation>Pangkalan data “%1” dibuka secara baca sahaja dan perlu dinaik taraf atau diberi skema dahulu; tiada apa-apa diubah.</translation>
    </message>
</context>
<context>
    <name>ad::DatabaseFile</name>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Tidak dapat mencipta folder “%1”.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>Tidak dapat mencipta “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is the open database “%2” itself.</source>
        <translation>“%1” ialah pangkalan data terbuka “%2” itu sendiri.</translation>
    </message>
    <message>
        <source>“%1” belongs to the open database “%2” (its %3 file).</source>
        <translation>“%1” milik pangkalan data terbuka “%2” (fail %3nya).</translation>
    </message>
    <message>
        <source>“%1” is in the backups folder of the open database “%2”.</source>
        <translation>“%1” berada dalam folder sandaran pangkalan data terbuka “%2”.</translation>
    </message>
    <message>
        <source>Cannot copy “%1” to “%2”.</source>
        <translation>Tidak dapat menyalin “%1” ke “%2”.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: it is a link to “%2”, which does not exist. Give the path of the file itself.</source>
        <translation>Tidak dapat mencipta “%1”: ia pautan ke “%2”, yang tidak wujud. Berikan laluan fail itu sendiri.</translation>
    </message>
</context>
<context>
    <name>ad::Demo</name>
    <message>
        <source>The demo needs at least one advocate.</source>
        <translation>Demo memerlukan sekurang-kurangnya seorang advocate.</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n advocates; demo data goes only into an empty database.</source>
        <translation>
            <numerusform>Pangkalan data ini sudah mempunyai %n advocate; data demo hanya dimasukkan ke dalam pangkalan data kosong.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data was cancelled.</source>
        <translation>Data demo dibatalkan.</translation>
    </message>
</context>
<context>
    <name>ad::EditAdvocateCommand</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Sunting %1 bagi %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Buat asal</translation>
    </message>
</context>
<context>
    <name>ad::EmptyFileState</name>
    <message>
        <source>Your day starts here</source>
        <translation>Hari anda bermula di sini</translation>
    </message>
    <message>
        <source>My Day gathers what you owe your advocates: follow-ups due, asks awaiting an answer, advocates not touched lately. This database is still empty: load a demo programme to look around, or import your advocates from a CSV file.</source>
        <translation>Hari Saya mengumpulkan apa yang anda terhutang kepada advocate anda: susulan yang perlu dibuat, permohonan yang menunggu jawapan, advocate yang lama tidak dihubungi. Pangkalan data ini masih kosong: muatkan program demo untuk melihat-lihat, atau import advocate anda daripada fail CSV.</translation>
    </message>
    <message>
        <source>No one in the pipeline yet</source>
        <translation>Belum ada sesiapa dalam pipeline</translation>
    </message>
    <message>
        <source>Nominate a customer who could speak for you: each nomination moves across this board from Nominated to Enrolled, then along the advocacy journey.</source>
        <translation>Calonkan pelanggan yang boleh bercakap bagi pihak anda: setiap pencalonan bergerak merentasi papan ini daripada Dicalonkan hingga Didaftarkan, kemudian sepanjang perjalanan advocacy.</translation>
    </message>
    <message>
        <source>Nominate…</source>
        <translation>Calonkan…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Belum ada permintaan</translation>
    </message>
    <message>
        <source>Sales and marketing ask for references, case studies and reviews here, and each ask is matched to advocates who can be asked without wearing them out. First the programme needs advocates.</source>
        <translation>Sales dan marketing meminta reference, case study dan ulasan di sini, dan setiap permohonan dipadankan dengan advocate yang boleh diminta tanpa meletihkan mereka. Mula-mula program memerlukan advocate.</translation>
    </message>
    <message>
        <source>Nothing to measure yet</source>
        <translation>Belum ada apa-apa untuk diukur</translation>
    </message>
    <message>
        <source>The dashboard shows the programme&apos;s KPIs — NPS, the journey funnel, contributions, referrals and the revenue references help win — once there are advocates to count.</source>
        <translation>Papan pemuka menunjukkan KPI program — NPS, corong perjalanan, sumbangan, referral dan hasil yang dimenangi dengan bantuan reference — sebaik sahaja ada advocate untuk dikira.</translation>
    </message>
    <message>
        <source>No tiers to review yet</source>
        <translation>Belum ada tier untuk disemak</translation>
    </message>
    <message>
        <source>Tier Review lists the advocates whose recommended tier differs from the one they hold, for you to approve or override. There are no advocates in this database yet.</source>
        <translation>Semakan Tier menyenaraikan advocate yang tier disyorkannya berbeza daripada tier yang dipegang, untuk anda luluskan atau atasi. Belum ada advocate dalam pangkalan data ini.</translation>
    </message>
    <message>
        <source>No feedback yet</source>
        <translation>Belum ada feedback</translation>
    </message>
    <message>
        <source>Reviews, posts and survey answers gather here, each with the advocate who gave it. Add advocates first; then record what they say here or on their profile.</source>
        <translation>Ulasan, hantaran dan jawapan tinjauan dikumpulkan di sini, masing-masing bersama advocate yang memberikannya. Tambah advocate dahulu; kemudian rekodkan apa yang mereka katakan di sini atau pada profil mereka.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Muatkan data demo</translation>
    </message>
</context>
<context>
    <name>ad::Enums</name>
    <message>
        <source>Satisfaction</source>
        <translation>Kepuasan</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Komunikasi</translation>
    </message>
    <message>
        <source>Company fit</source>
        <translation>Kesesuaian syarikat</translation>
    </message>
    <message>
        <source>Willingness</source>
        <translation>Kesanggupan</translation>
    </message>
    <message>
        <source>SMB</source>
        <translation>PKS</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Pasaran pertengahan</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sihat</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritikal</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Komuniti</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Perak</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Emas</translation>
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
        <translation>Pengurus program</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Pentadbir</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Dicalonkan</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Dalam semakan</translation>
    </message>
    <message>
        <source>Cultivating</source>
        <translation>Dipupuk</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Dijemput</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Berdaftar</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Tidak sesuai</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sederhana</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Petikan</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Case study</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Sesi semakan</translation>
    </message>
    <message>
        <source>Business review</source>
        <translation>Semakan perniagaan</translation>
    </message>
    <message>
        <source>Executive call</source>
        <translation>Panggilan eksekutif</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Penglibatan sosial</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Nota terima kasih</translation>
    </message>
    <message>
        <source>Executive thank-you</source>
        <translation>Terima kasih eksekutif</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Public recognition</source>
        <translation>Pengiktirafan awam</translation>
    </message>
    <message>
        <source>Exclusive access</source>
        <translation>Akses eksklusif</translation>
    </message>
    <message>
        <source>Event invite</source>
        <translation>Jemputan acara</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baharu</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Memadankan</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Diminta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Dijadualkan</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negatif</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Dihubungi</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Layak</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Menang</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kalah</translation>
    </message>
    <message>
        <source>Engaged customer</source>
        <translation>Pelanggan terlibat</translation>
    </message>
    <message>
        <source>Enthusiast</source>
        <translation>Peminat</translation>
    </message>
    <message>
        <source>Early-stage advocate</source>
        <translation>Advocate peringkat awal</translation>
    </message>
    <message>
        <source>Transitioning advocate</source>
        <translation>Advocate dalam peralihan</translation>
    </message>
    <message>
        <source>Full-blown advocate</source>
        <translation>Advocate sepenuhnya</translation>
    </message>
</context>
<context>
    <name>ad::ErasePersonDialog</name>
    <message>
        <source>Erase Person</source>
        <translation>Padam Individu</translation>
    </message>
    <message>
        <source>Email of the person to erase</source>
        <translation>E-mel individu yang hendak dipadam</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Erase %1 completely: the profile, every row about them, and their name, email and phone number wherever other rows mention them. This cannot be undone. A salted hash of their email is kept so that restoring an older backup or merging an older bundle erases them again.

Type %2 to confirm.</source>
        <translation>Padam %1 sepenuhnya: profil, setiap baris tentang mereka, serta nama, e-mel dan nombor telefon mereka di mana-mana baris lain yang menyebut mereka. Ini tidak boleh dibuat asal. Cincangan bergaram e-mel mereka disimpan supaya memulihkan sandaran lama atau menggabungkan bundle lama memadam mereka sekali lagi.

Taip %2 untuk mengesahkan.</translation>
    </message>
    <message numerus="yes">
        <source>Also rewrite the %n backups in the backups folder without them</source>
        <translation>
            <numerusform>Tulis semula juga %n sandaran dalam folder sandaran tanpa mereka</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups taken before now hold the person until they are rewritten. Copies saved elsewhere are out of reach.</source>
        <translation>Sandaran yang diambil sebelum ini menyimpan orang itu sehingga ditulis semula. Salinan yang disimpan di tempat lain tidak dapat dicapai.</translation>
    </message>
</context>
<context>
    <name>ad::ErrorMessage</name>
    <message>
        <source>Please check the input</source>
        <translation>Sila semak input</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak dijumpai</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Sudah wujud</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Tidak dibenarkan</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>Pangkalan data sedang sibuk</translation>
    </message>
    <message>
        <source>Made by a newer version</source>
        <translation>Dibuat oleh versi yang lebih baharu</translation>
    </message>
    <message>
        <source>Not an Advocate Desk database</source>
        <translation>Bukan pangkalan data Advocate Desk</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Pangkalan data rosak</translation>
    </message>
    <message>
        <source>Could not read or write the database</source>
        <translation>Tidak dapat membaca atau menulis pangkalan data</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ralat</translation>
    </message>
</context>
<context>
    <name>ad::FeedbackDialog</name>
    <message>
        <source>Add Feedback</source>
        <translation>Tambah Feedback</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Tiada penilaian</translation>
    </message>
    <message>
        <source>Advocate&apos;s email, if a known person said it</source>
        <translation>E-mel advocate, jika orang yang dikenali mengatakannya</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Tiada akaun</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. onboarding, support</source>
        <translation>Dipisahkan dengan koma, cth. onboarding, support</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Pautan</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimen</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Apa yang mereka katakan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>No advocate has the email “%1”. Leave it empty, or add the advocate first.</source>
        <translation>Tiada advocate mempunyai e-mel “%1”. Biarkan kosong, atau tambah advocate dahulu.</translation>
    </message>
    <message>
        <source>Add feedback from %1</source>
        <translation>Tambah maklum balas daripada %1</translation>
    </message>
    <message>
        <source>Added the feedback from %1.</source>
        <translation>Maklum balas daripada %1 ditambah.</translation>
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
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Apa yang mereka katakan</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>ad::FeedbackPage</name>
    <message>
        <source>Nominate</source>
        <translation>Calonkan</translation>
    </message>
    <message>
        <source>Evidence for the nomination:</source>
        <translation>Bukti untuk pencalonan:</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>Suara pelanggan</translation>
    </message>
    <message>
        <source>Search feedback, tags, people and accounts</source>
        <translation>Cari feedback, tag, orang dan akaun</translation>
    </message>
    <message>
        <source>Search feedback</source>
        <translation>Cari feedback</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Semua sumber</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimen</translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation>Sebarang sentimen</translation>
    </message>
    <message>
        <source>Add Feedback…</source>
        <translation>Tambah Feedback…</translation>
    </message>
    <message>
        <source>Nominate the advocate behind a positive item</source>
        <translation>Calonkan advocate di sebalik item positif</translation>
    </message>
    <message>
        <source>%1 review, rated %2: “%3”</source>
        <translation>Ulasan %1, dinilai %2: “%3”</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Feedback items</source>
        <translation>Item feedback</translation>
    </message>
</context>
<context>
    <name>ad::FontCoverage</name>
    <message>
        <source>Chinese</source>
        <translation>Cina</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Jepun</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korea</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>No installed font shows %1 text, so some names appear as empty boxes. Install a font for it (on Debian and Ubuntu: the package fonts-noto-cjk).</source>
        <translation>Tiada fon yang dipasang memaparkan teks %1, jadi sesetengah nama kelihatan sebagai kotak kosong. Pasang fon untuknya (pada Debian dan Ubuntu: pakej fonts-noto-cjk).</translation>
    </message>
</context>
<context>
    <name>ad::IdentityBanner</name>
    <message>
        <source>Continue</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Bukan Sekarang</translation>
    </message>
    <message>
        <source>Who are you in this programme?</source>
        <translation>Siapakah anda dalam program ini?</translation>
    </message>
    <message>
        <source>Your name goes with every change you make here, and only a programme manager decides tier reviews. You can change this later in Preferences.</source>
        <translation>Nama anda disertakan pada setiap perubahan yang anda buat di sini, dan hanya pengurus program yang memutuskan semakan tier. Anda boleh menukarnya kemudian dalam Keutamaan.</translation>
    </message>
    <message>
        <source>Ask again the next time this file opens</source>
        <translation>Tanya lagi apabila fail ini dibuka semula</translation>
    </message>
</context>
<context>
    <name>ad::IdentityForm</name>
    <message>
        <source>Your name</source>
        <translation>Nama anda</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Peranan anda</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama anda:</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>&amp;Peranan anda:</translation>
    </message>
</context>
<context>
    <name>ad::Import</name>
    <message>
        <source>no advocate has the email %1; import the advocates first.</source>
        <translation>tiada advocate mempunyai e-mel %1; import advocate dahulu.</translation>
    </message>
    <message>
        <source>an NPS score must be between 0 and 10; %1 is not.</source>
        <translation>skor NPS mesti antara 0 dan 10; %1 tidak.</translation>
    </message>
    <message>
        <source>unknown account “%1”; import the accounts first.</source>
        <translation>akaun tidak diketahui “%1”; import akaun dahulu.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Import dibatalkan; tiada apa-apa ditulis.</translation>
    </message>
    <message>
        <source>contains an invisible or control character (U+%1); type the value again.</source>
        <translation>mengandungi aksara tidak kelihatan atau aksara kawalan (U+%1); taip nilai itu semula.</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are allowed.</source>
        <translation>%1 aksara; paling banyak %2 dibenarkan.</translation>
    </message>
    <message>
        <source>“%1” is not a segment; use one of: %2.</source>
        <translation>“%1” bukan segmen; gunakan salah satu daripada: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a health; use one of: %2.</source>
        <translation>“%1” bukan status kesihatan; gunakan salah satu daripada: %2.</translation>
    </message>
    <message>
        <source>“%1” is already on line %2 of this file.</source>
        <translation>“%1” sudah ada pada baris %2 fail ini.</translation>
    </message>
    <message>
        <source>an account named “%1” already exists; choose --on-duplicate skip or update.</source>
        <translation>akaun bernama “%1” sudah wujud; pilih --on-duplicate skip atau update.</translation>
    </message>
    <message>
        <source>%1 is already on line %2 of this file.</source>
        <translation>%1 sudah ada pada baris %2 fail ini.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2 in the database; choose --on-duplicate skip or update.</source>
        <translation>%1 sudah dimiliki oleh %2 dalam pangkalan data; pilih --on-duplicate skip atau update.</translation>
    </message>
    <message>
        <source>a name is required (a name column, or first and last name).</source>
        <translation>nama diperlukan (lajur nama, atau nama pertama dan nama akhir).</translation>
    </message>
    <message>
        <source>a value is required.</source>
        <translation>nilai diperlukan.</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>diimport daripada %1</translation>
    </message>
    <message>
        <source>%1: not a JSON mapping: %2 (at byte %3).</source>
        <translation>%1: bukan pemetaan JSON: %2 (pada bait %3).</translation>
    </message>
    <message>
        <source>%1: a mapping file needs a &quot;columns&quot; object, such as {&quot;columns&quot;: {&quot;E-mail&quot;: &quot;email&quot;}}.</source>
        <translation>%1: fail pemetaan memerlukan objek &quot;columns&quot;, seperti {&quot;columns&quot;: {&quot;E-mail&quot;: &quot;email&quot;}}.</translation>
    </message>
    <message>
        <source>%1: the column “%2” must map to a field name in quotes.</source>
        <translation>%1: lajur “%2” mesti dipetakan kepada nama medan dalam tanda petik.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a field of %3; the fields are: %4.</source>
        <translation>%1: “%2” bukan medan %3; medannya ialah: %4.</translation>
    </message>
    <message>
        <source>%1: two columns are mapped to the field %2.</source>
        <translation>%1: dua lajur dipetakan kepada medan %2.</translation>
    </message>
    <message>
        <source>%1: no column for the required field %2; name a column “%2” or map one to it with --mapping.</source>
        <translation>%1: tiada lajur untuk medan wajib %2; namakan lajur “%2” atau petakan satu kepadanya dengan --mapping.</translation>
    </message>
    <message>
        <source>unknown activity type “%1”; use a name from the activity catalogue.</source>
        <translation>jenis aktiviti tidak diketahui “%1”; gunakan nama daripada katalog aktiviti.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>row</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>column</source>
        <translation>lajur</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>sebab</translation>
    </message>
    <message>
        <source>a date is required.</source>
        <translation>tarikh diperlukan.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1” bukan tarikh; tulis sebagai YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>a number is required.</source>
        <translation>nombor diperlukan.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” bukan nombor.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” bukan nombor bulat.</translation>
    </message>
    <message>
        <source>%1 is below the smallest allowed value, %2.</source>
        <translation>%1 di bawah nilai terkecil yang dibenarkan, %2.</translation>
    </message>
</context>
<context>
    <name>ad::ImportKind</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rantau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Pelanggan sejak</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Tarikh pembaharuan</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesihatan</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>ID CRM</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nama pertama</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nama keluarga</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Jawatan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>URL profil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zon waktu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <source>Artifact link</source>
        <translation>Pautan artifak</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Diterbitkan pada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>ad::ImportMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Petakan lajur</translation>
    </message>
    <message>
        <source>Choose the field each column fills; fields marked * are required.</source>
        <translation>Pilih medan yang diisi oleh setiap lajur; medan bertanda * adalah wajib.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Pemetaan lajur</translation>
    </message>
    <message>
        <source>Column in file</source>
        <translation>Lajur dalam fail</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Medan</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>Simpan Pemetaan…</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Medan untuk lajur %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(abaikan)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Simpan Pemetaan</translation>
    </message>
    <message>
        <source>mapping.json</source>
        <translation>mapping.json</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Fail pemetaan (*.json)</translation>
    </message>
</context>
<context>
    <name>ad::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Pratonton</translation>
    </message>
    <message>
        <source>Nothing is written until you click Finish, and then all rows or none.</source>
        <translation>Tiada apa-apa ditulis sehingga anda klik Selesai, dan kemudian semua baris atau tiada langsung.</translation>
    </message>
    <message>
        <source>Rows as they will be imported</source>
        <translation>Baris seperti yang akan diimport</translation>
    </message>
    <message>
        <source>Row errors</source>
        <translation>Ralat baris</translation>
    </message>
    <message>
        <source>Row errors:</source>
        <translation>Ralat baris:</translation>
    </message>
    <message>
        <source>%1. %2 to create, %3 to update, %4 to skip, %5. %6</source>
        <translation>%1. %2 untuk dicipta, %3 untuk dikemas kini, %4 untuk dilangkau, %5. %6</translation>
    </message>
    <message numerus="yes">
        <source>%n new accounts</source>
        <translation>
            <numerusform>%n akaun baharu</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Sedia untuk diimport.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>baris %1, %2: %3</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimport…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Tiada apa-apa diimport: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the rows have errors now.</source>
        <translation>Tiada apa-apa diimport: baris kini mempunyai ralat.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Import only the rows without errors; leave the others out</source>
        <translation>Import hanya baris tanpa ralat; kecualikan yang lain</translation>
    </message>
    <message>
        <source>Save Error Report…</source>
        <translation>Simpan Laporan Ralat…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Kemajuan import</translation>
    </message>
    <message>
        <source>Without this, a file with any row error is refused whole.</source>
        <translation>Tanpa ini, fail dengan sebarang ralat baris ditolak sepenuhnya.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Menyemak %n baris…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors: fix the file and import again, or import only the other rows.</source>
        <translation>
            <numerusform>%n baris dengan ralat: betulkan fail dan import semula, atau import baris lain sahaja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking was cancelled. Go back, or check again from the first page.</source>
        <translation>Semakan dibatalkan. Kembali, atau semak semula dari halaman pertama.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import dibatalkan; tiada apa-apa ditulis.</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped, %4 accounts created. %5</source>
        <translation>Diimport: %1 dicipta, %2 dikemas kini, %3 dilangkau, %4 akaun dicipta. %5</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors left out.</source>
        <translation>
            <numerusform>%n baris dengan ralat dikecualikan.</numerusform>
        </translation>
    </message>
    <message>
        <source>-errors</source>
        <translation>-ralat</translation>
    </message>
    <message>
        <source>Save Error Report</source>
        <translation>Simpan Laporan Ralat</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <source>Error report saved to %1.</source>
        <translation>Laporan ralat disimpan ke %1.</translation>
    </message>
</context>
<context>
    <name>ad::ImportSourcePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>Pilih fail CSV</translation>
    </message>
    <message>
        <source>Spreadsheet and CRM exports work as they are: the encoding and the delimiter are detected.</source>
        <translation>Eksport hamparan dan CRM berfungsi seadanya: pengekodan dan pembatas dikesan.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fail CSV</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Layari…</translation>
    </message>
    <message>
        <source>Browse for the CSV file</source>
        <translation>Layari fail CSV</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Kandungan fail</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>Respons NPS</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Sumbangan</translation>
    </message>
    <message>
        <source>Column mapping preset</source>
        <translation>Pratetap pemetaan lajur</translation>
    </message>
    <message>
        <source>Match columns by their names</source>
        <translation>Padankan lajur mengikut nama</translation>
    </message>
    <message>
        <source>Salesforce export</source>
        <translation>Eksport Salesforce</translation>
    </message>
    <message>
        <source>HubSpot export</source>
        <translation>Eksport HubSpot</translation>
    </message>
    <message>
        <source>Mapping file…</source>
        <translation>Fail pemetaan…</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Fail pemetaan</translation>
    </message>
    <message>
        <source>A JSON mapping saved from this wizard</source>
        <translation>Pemetaan JSON yang disimpan daripada wizard ini</translation>
    </message>
    <message>
        <source>Browse for a mapping file</source>
        <translation>Layari fail pemetaan</translation>
    </message>
    <message>
        <source>Rows already in the database</source>
        <translation>Baris yang sudah ada dalam pangkalan data</translation>
    </message>
    <message>
        <source>Refuse them (show as errors)</source>
        <translation>Tolak (tunjukkan sebagai ralat)</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Langkau</translation>
    </message>
    <message>
        <source>Update them from the file</source>
        <translation>Kemas kini daripada fail</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fail:</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>&amp;Kandungan:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Pemetaan:</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Pendua:</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fail CSV (*.csv *.txt);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Column Mapping</source>
        <translation>Pemetaan Lajur</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Fail pemetaan (*.json);;Semua fail (*)</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Tiada fail di %1.</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Pengekodan fail</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Kesan</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>P&amp;engekodan:</translation>
    </message>
</context>
<context>
    <name>ad::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>dipisahkan koma bertitik</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>dipisahkan tab</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>dipisahkan koma</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1, %2, %n rows</source>
        <translation>
            <numerusform>Pengekodan %1, %2, %n baris</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::Kpi</name>
    <message>
        <source>“%1” is not a part of this KPI.</source>
        <translation>“%1” bukan sebahagian daripada KPI ini.</translation>
    </message>
    <message>
        <source>There is no user named “%1”.</source>
        <translation>Tiada pengguna bernama “%1”.</translation>
    </message>
    <message>
        <source>A KPI range needs a start and an end date.</source>
        <translation>Julat KPI memerlukan tarikh mula dan tarikh tamat.</translation>
    </message>
    <message>
        <source>The range starts (%1) after it ends (%2).</source>
        <translation>Julat bermula (%1) selepas ia berakhir (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a segment.</source>
        <translation>“%1” bukan segmen.</translation>
    </message>
    <message>
        <source>“%1” is not a tier.</source>
        <translation>“%1” bukan tier.</translation>
    </message>
</context>
<context>
    <name>ad::KpiChartView</name>
    <message>
        <source>Could not draw the chart as PNG.</source>
        <translation>Tidak dapat melukis carta sebagai PNG.</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Simpan Carta sebagai PNG…</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>Simpan Carta sebagai SVG…</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Simpan Carta sebagai PNG</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>Simpan Carta sebagai SVG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imej PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imej SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Carta tidak disimpan</translation>
    </message>
    <message>
        <source>Dashboard chart</source>
        <translation>Carta papan pemuka</translation>
    </message>
    <message>
        <source>Chart. Click a bar or slice to list what it counts; right-click to save it as PNG or SVG.</source>
        <translation>Carta. Klik bar atau hirisan untuk menyenaraikan apa yang dikiranya; klik kanan untuk menyimpannya sebagai PNG atau SVG.</translation>
    </message>
</context>
<context>
    <name>ad::KpiSummary</name>
    <message>
        <source>Thank-you owed</source>
        <translation>Ucapan terima kasih tertunggak</translation>
    </message>
    <message>
        <source>Final version not shared</source>
        <translation>Versi akhir belum dikongsi</translation>
    </message>
    <message>
        <source>Unused contribution</source>
        <translation>Sumbangan tidak digunakan</translation>
    </message>
    <message>
        <source>One-way relationship</source>
        <translation>Hubungan sehala</translation>
    </message>
    <message>
        <source>Stale profile</source>
        <translation>Profil lapuk</translation>
    </message>
    <message>
        <source>Stale consent</source>
        <translation>Persetujuan lapuk</translation>
    </message>
    <message>
        <source>CSM over capacity</source>
        <translation>CSM melebihi kapasiti</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoter</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractor</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 hingga %2</translation>
    </message>
    <message>
        <source>CSM: %1</source>
        <translation>CSM: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segmen: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Rantau: %1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Tier: %1</translation>
    </message>
    <message>
        <source>All advocates</source>
        <translation>Semua advocate</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>Respons NPS</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Kadar penyertaan</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Sumbangan</translation>
    </message>
    <message>
        <source>Fatigued advocates</source>
        <translation>Advocate yang letih</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Referral conversion</source>
        <translation>Penukaran referral</translation>
    </message>
    <message>
        <source>Referral value won</source>
        <translation>Nilai referral yang dimenangi</translation>
    </message>
    <message>
        <source>Reference-influenced revenue</source>
        <translation>Hasil yang dipengaruhi reference</translation>
    </message>
    <message>
        <source>Win rate with a reference</source>
        <translation>Kadar menang dengan reference</translation>
    </message>
    <message>
        <source>Win rate without a reference</source>
        <translation>Kadar menang tanpa reference</translation>
    </message>
    <message>
        <source>Reference coverage</source>
        <translation>Liputan reference</translation>
    </message>
    <message>
        <source>Median days to fulfil</source>
        <translation>Median hari untuk dipenuhi</translation>
    </message>
    <message>
        <source>Retention, advocate accounts</source>
        <translation>Pengekalan, akaun advocate</translation>
    </message>
    <message>
        <source>Retention, other accounts</source>
        <translation>Pengekalan, akaun lain</translation>
    </message>
    <message>
        <source>Follow-up debt</source>
        <translation>Susulan tertunggak</translation>
    </message>
</context>
<context>
    <name>ad::KpiTile</name>
    <message>
        <source>Previous period: %1</source>
        <translation>Tempoh sebelumnya: %1</translation>
    </message>
    <message>
        <source>Click to list what this counts</source>
        <translation>Klik untuk menyenaraikan apa yang dikira</translation>
    </message>
    <message>
        <source>%1 (previous period: %2)</source>
        <translation>%1 (tempoh sebelumnya: %2)</translation>
    </message>
</context>
<context>
    <name>ad::MainWindow</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Case Studies…</source>
        <translation>Eksport &amp;Case Study…</translation>
    </message>
    <message>
        <source>E&amp;xport Sync Bundle…</source>
        <translation>Ek&amp;sport Bundle Penyegerakan…</translation>
    </message>
    <message>
        <source>The changes since this file&apos;s last sync export, for a colleague to merge</source>
        <translation>Perubahan sejak eksport penyegerakan terakhir fail ini, untuk digabungkan oleh rakan sekerja</translation>
    </message>
    <message>
        <source>Export &amp;Full Sync Bundle…</source>
        <translation>Eksport Bundle Penyegerakan Pen&amp;uh…</translation>
    </message>
    <message>
        <source>Im&amp;port Sync Bundle…</source>
        <translation>Im&amp;port Bundle Penyegerakan…</translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 updated, %4 skipped.</source>
        <translation>Diimport %1: %2 dicipta, %3 dikemas kini, %4 dilangkau.</translation>
    </message>
    <message>
        <source>Export Sync Bundle</source>
        <translation>Eksport Bundle Penyegerakan</translation>
    </message>
    <message>
        <source>Sync bundles (*.json)</source>
        <translation>Bundle penyegerakan (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Sync bundle written: %n changed rows in %1.</source>
        <translation>
            <numerusform>Bundle penyegerakan ditulis ke %1: %n baris berubah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Sync Bundle</source>
        <translation>Import Bundle Penyegerakan</translation>
    </message>
    <message>
        <source>Sync bundles (*.json);;All files (*)</source>
        <translation>Bundle penyegerakan (*.json);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Advocate Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Pangkalan data Advocate Desk (*.sqlite *.db);;Semua fail (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>Pangkalan Data Ba&amp;haru…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Buka Pangkalan Data…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terkini</translation>
    </message>
    <message>
        <source>&amp;Nominate…</source>
        <translation>Calo&amp;nkan…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation>Muatkan Data &amp;Demo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat Asal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Buat &amp;Semula</translation>
    </message>
    <message>
        <source>&amp;Programme Settings…</source>
        <translation>&amp;Tetapan Program…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Lihat</translation>
    </message>
    <message>
        <source>&amp;Find Advocates</source>
        <translation>&amp;Cari Advocate</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat Semula</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;About Advocate Desk</source>
        <translation>&amp;Perihal Advocate Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Perihal &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Could not read the advocates: %1</source>
        <translation>Tidak dapat membaca advocate: %1</translation>
    </message>
    <message>
        <source>%1 — Advocate Desk</source>
        <translation>%1 — Advocate Desk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Pangkalan data: %1</translation>
    </message>
    <message>
        <source>Fill this empty database with a demo programme</source>
        <translation>Isi pangkalan data kosong ini dengan program demo</translation>
    </message>
    <message>
        <source>Demo data goes into an empty database: create one with File → New Database</source>
        <translation>Data demo dimasukkan ke dalam pangkalan data kosong: cipta satu dengan Fail → Pangkalan Data Baharu</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>Muatkan Data Demo</translation>
    </message>
    <message>
        <source>Fill this empty database with a demo programme of how many advocates?</source>
        <translation>Isi pangkalan data kosong ini dengan program demo berapa ramai advocate?</translation>
    </message>
    <message>
        <source>Creating a demo programme of %L1 advocates…</source>
        <translation>Mencipta program demo dengan %L1 advocate…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Demo programme loaded: %1</source>
        <translation>Program demo dimuatkan: %1</translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was written.</source>
        <translation>Data demo dibatalkan; tiada apa-apa ditulis.</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Mencipta data demo…</translation>
    </message>
    <message>
        <source>Wait for the demo data to finish, or cancel it, before opening another file.</source>
        <translation>Tunggu data demo selesai, atau batalkannya, sebelum membuka fail lain.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Buka Pangkalan Data</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Pangkalan Data Baharu</translation>
    </message>
    <message>
        <source>advocates.sqlite</source>
        <translation>advocates.sqlite</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>“%1” sudah wujud. Pilih nama lain, atau gunakan Buka Pangkalan Data untuk membukanya.</translation>
    </message>
    <message>
        <source>Refreshed: %1</source>
        <translation>Dimuat semula: %1</translation>
    </message>
    <message>
        <source>About Advocate Desk</source>
        <translation>Perihal Advocate Desk</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>K&amp;eutamaan…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Pintasan Papan &amp;Kekunci</translation>
    </message>
    <message>
        <source>Advocate Desk backups (*.sqlite);;All files (*)</source>
        <translation>Sandaran Advocate Desk (*.sqlite);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Pulihkan daripada Sandaran</translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the backup “%2”?

The current file is kept as a safety copy in “%3”. Other programs using the file should be closed first.</source>
        <translation>Gantikan semua dalam “%1” dengan sandaran “%2”?

Fail semasa disimpan sebagai salinan keselamatan dalam “%3”. Program lain yang menggunakan fail ini perlu ditutup dahulu.</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>S&amp;andarkan Pangkalan Data…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Pu&amp;lihkan daripada Sandaran…</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Sandarkan Pangkalan Data</translation>
    </message>
    <message>
        <source>Backed up to “%1”.</source>
        <translation>Disandarkan ke “%1”.</translation>
    </message>
    <message>
        <source>Restored from “%1”; the replaced file was kept as “%2”.</source>
        <translation>Dipulihkan daripada “%1”; fail yang digantikan disimpan sebagai “%2”.</translation>
    </message>
    <message>
        <source>Database File Changed</source>
        <translation>Fail Pangkalan Data Berubah</translation>
    </message>
    <message>
        <source>Wait for the demo data to finish, or cancel it, first.</source>
        <translation>Tunggu data demo selesai, atau batalkannya, dahulu.</translation>
    </message>
    <message numerus="yes">
        <source>%n people erased since the backup was taken were erased again.</source>
        <translation>
            <numerusform>%n orang yang dipadam sejak sandaran diambil telah dipadam sekali lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle erases people or changes consents. Accept these changes?</source>
        <translation>Bundle ini memadam orang atau mengubah persetujuan. Terima perubahan ini?</translation>
    </message>
    <message>
        <source>Nothing is merged unless you accept.</source>
        <translation>Tiada apa-apa digabungkan melainkan anda menerimanya.</translation>
    </message>
    <message>
        <source>This bundle is signed by a key this programme has not seen before: %1.</source>
        <translation>Bundle ini ditandatangani dengan kunci yang belum pernah dilihat oleh program ini: %1.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>rakan sekerja</translation>
    </message>
    <message>
        <source>Its fingerprint is

%1

Accept it only if it is the fingerprint your colleague reads to you from Help → About or &apos;advocatedesk-cli sync-key&apos;. Accepted once, their later bundles merge without asking.</source>
        <translation>Cap jarinya ialah

%1

Terima hanya jika ia cap jari yang dibacakan oleh rakan sekerja anda dari Bantuan → Perihal atau &apos;advocatedesk-cli sync-key&apos;. Setelah diterima, bundle mereka yang seterusnya digabungkan tanpa bertanya.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Advocate Desk %1&lt;/h3&gt;&lt;p&gt;Run a customer advocacy programme: nominate, nurture, ask without wearing customers out, thank them, and show the programme&apos;s effect.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;&lt;p&gt;Sync bundles from this file are signed with the key whose fingerprint is&lt;br&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Advocate Desk %1&lt;/h3&gt;&lt;p&gt;Jalankan program customer advocacy: calonkan, pupuk, minta tanpa meletihkan pelanggan, ucapkan terima kasih kepada mereka, dan tunjukkan kesan program.&lt;/p&gt;&lt;p&gt;Pangkalan data: %2&lt;br&gt;Versi skema %3&lt;/p&gt;&lt;p&gt;Bundle penyegerakan daripada fail ini ditandatangani dengan kunci yang cap jarinya&lt;br&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Lesen: MIT. Dibina dengan Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change programme settings</source>
        <translation>Ubah tetapan program</translation>
    </message>
    <message>
        <source>Saved the programme settings.</source>
        <translation>Tetapan program disimpan.</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Dibuat asal</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Buat Semula</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Dibuat semula: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Buat Asal</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Dibuat asal: %1</translation>
    </message>
    <message>
        <source>You: %1 (%2)</source>
        <translation>Anda: %1 (%2)</translation>
    </message>
    <message>
        <source>You: %1 (not in this programme)</source>
        <translation>Anda: %1 (tiada dalam program ini)</translation>
    </message>
    <message>
        <source>Who you are in this programme: change it in Preferences</source>
        <translation>Siapa anda dalam program ini: tukar dalam Keutamaan</translation>
    </message>
    <message>
        <source>ADVOCATEDESK_USER says who you are in this session</source>
        <translation>ADVOCATEDESK_USER menentukan siapa anda dalam sesi ini</translation>
    </message>
    <message>
        <source>Who You Are</source>
        <translation>Siapa Anda</translation>
    </message>
    <message>
        <source>You are %1 (%2) in this programme.</source>
        <translation>Anda ialah %1 (%2) dalam program ini.</translation>
    </message>
    <message>
        <source>Go To</source>
        <translation>Pergi Ke</translation>
    </message>
    <message>
        <source>A restore replaces a database file, and this programme is on a server. To bring a backup onto a server, copy it into an empty database with “advocatedesk-cli server push BACKUP ADDRESS”. Nothing was changed.</source>
        <translation>Pemulihan menggantikan fail pangkalan data, dan program ini berada pada pelayan. Untuk membawa sandaran ke pelayan, salinnya ke pangkalan data kosong dengan “advocatedesk-cli server push BACKUP ADDRESS”. Tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>&amp;Sambung ke Pelayan…</translation>
    </message>
</context>
<context>
    <name>ad::MatchDialog</name>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Asked (180 d)</source>
        <translation>Diminta (180 h)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Not asked because</source>
        <translation>Tidak diminta kerana</translation>
    </message>
    <message>
        <source>Ask Selected Advocate</source>
        <translation>Minta Advocate yang Dipilih</translation>
    </message>
    <message>
        <source>Match Request</source>
        <translation>Padankan Permintaan</translation>
    </message>
    <message>
        <source>Eligible advocates, best first</source>
        <translation>Advocate yang layak, terbaik dahulu</translation>
    </message>
    <message>
        <source>Excluded advocates and why</source>
        <translation>Advocate yang dikecualikan dan sebabnya</translation>
    </message>
    <message>
        <source>Eligible, best fit first (among equals, the least asked first)</source>
        <translation>Layak, paling sesuai dahulu (antara yang setara, yang paling jarang diminta dahulu)</translation>
    </message>
    <message>
        <source>Protected from this ask</source>
        <translation>Dilindungi daripada permohonan ini</translation>
    </message>
    <message>
        <source>%1 for %2 — wants %3. %4 eligible, %5 protected.</source>
        <translation>%1 untuk %2 — mahukan %3. %4 layak, %5 dilindungi.</translation>
    </message>
    <message>
        <source>an unnamed requester</source>
        <translation>peminta tanpa nama</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>sesiapa sahaja</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Memadankan…</translation>
    </message>
    <message>
        <source>Ask %1</source>
        <translation>Minta %1</translation>
    </message>
    <message>
        <source>Asked %1 for %2.</source>
        <translation>%1 telah diminta untuk %2.</translation>
    </message>
    <message>
        <source>Asked %1.</source>
        <translation>%1 telah diminta.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>The request is %1; nobody more can be asked for it.</source>
        <translation>Permintaan ini %1; tiada sesiapa lagi boleh diminta untuknya.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Tiada</translation>
    </message>
    <message>
        <source>Ask Anyway</source>
        <translation>Minta Juga</translation>
    </message>
    <message>
        <source>Ask Anyway…</source>
        <translation>Minta Juga…</translation>
    </message>
    <message>
        <source>Ask the selected protected advocate all the same, with a reason (audited)</source>
        <translation>Minta juga advocate dilindungi yang dipilih, dengan sebab (diaudit)</translation>
    </message>
    <message>
        <source>Select a protected advocate first.</source>
        <translation>Pilih advocate yang dilindungi dahulu.</translation>
    </message>
    <message>
        <source>%1 was already asked for this request.</source>
        <translation>%1 sudah diminta untuk permintaan ini.</translation>
    </message>
    <message>
        <source>Only a programme manager may ask someone the rules protect; you work as “%1”. Say who you are in Edit → Preferences.</source>
        <translation>Hanya pengurus program boleh meminta seseorang yang dilindungi oleh peraturan; anda bekerja sebagai “%1”. Nyatakan siapa anda dalam Sunting → Keutamaan.</translation>
    </message>
    <message>
        <source>%1 is protected: %2. Why ask them all the same? (Kept with the ask and in the audit log.)</source>
        <translation>%1 dilindungi: %2. Mengapa minta juga? (Disimpan bersama permintaan dan dalam log audit.)</translation>
    </message>
</context>
<context>
    <name>ad::MoveCardCommand</name>
    <message>
        <source>%1 has not been nominated.</source>
        <translation>%1 belum dicalonkan.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Alihkan %1 ke %2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Buat asal: %1</translation>
    </message>
</context>
<context>
    <name>ad::MoveRequestCommand</name>
    <message>
        <source>Move request %1 to %2</source>
        <translation>Alihkan permintaan %1 ke %2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Buat asal: %1</translation>
    </message>
</context>
<context>
    <name>ad::MyDayPage</name>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Hari saya</translation>
    </message>
    <message>
        <source>Whose day</source>
        <translation>Hari siapa</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Susulan perlu dibuat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tarikh akhir</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Apa yang perlu dibuat</translation>
    </message>
    <message>
        <source>Asks awaiting an answer</source>
        <translation>Permohonan menunggu jawapan</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Diminta</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Not touched lately</source>
        <translation>Tidak dihubungi kebelakangan ini</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Interaksi terakhir</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Nominations stuck</source>
        <translation>Pencalonan tersekat</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-ups due (%1)</source>
        <translation>Susulan perlu dibuat (%1)</translation>
    </message>
    <message>
        <source>Log Thank-you</source>
        <translation>Log Ucapan Terima Kasih</translation>
    </message>
    <message>
        <source>Open Profile</source>
        <translation>Buka Profil</translation>
    </message>
    <message>
        <source>Asks awaiting an answer (%1)</source>
        <translation>Permohonan menunggu jawapan (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not touched in %1 days (%2)</source>
        <translation>Tidak dihubungi dalam %1 hari (%2)</translation>
    </message>
    <message>
        <source>Nominations stuck over %1 days (%2)</source>
        <translation>Pencalonan tersekat lebih %1 hari (%2)</translation>
    </message>
    <message>
        <source>Show on Board</source>
        <translation>Tunjukkan pada Papan</translation>
    </message>
    <message>
        <source>Log thank-you to %1</source>
        <translation>Log ucapan terima kasih kepada %1</translation>
    </message>
    <message>
        <source>Logged a thank-you note to %1.</source>
        <translation>Nota terima kasih kepada %1 dilog.</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Saya (%1)</translation>
    </message>
    <message>
        <source>You (%1) own no advocates in this file: this is the whole team&apos;s day.</source>
        <translation>Anda (%1) tidak memiliki advocate dalam fail ini: ini hari seluruh pasukan.</translation>
    </message>
    <message>
        <source>no user name</source>
        <translation>tiada nama pengguna</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Perlu dibuat minggu ini</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Kemudian</translation>
    </message>
</context>
<context>
    <name>ad::NewRequestDialog</name>
    <message>
        <source>New Request</source>
        <translation>Permintaan Baharu</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Diperlukan sebelum</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Sebarang segmen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Peminta</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Prospect company</source>
        <translation>Syarikat prospek</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rantau</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>Saiz deal</translation>
    </message>
    <message>
        <source>New request: %1</source>
        <translation>Permintaan baharu: %1</translation>
    </message>
    <message>
        <source>Logged the request for %1.</source>
        <translation>Permintaan untuk %1 dilog.</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Permintaan baharu</translation>
    </message>
    <message>
        <source>Logged the request.</source>
        <translation>Permintaan dilog.</translation>
    </message>
</context>
<context>
    <name>ad::NominateDialog</name>
    <message>
        <source>Nominate an Advocate</source>
        <translation>Calonkan Advocate</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nama@syarikat.com</translation>
    </message>
    <message>
        <source>Account: choose one or type a new name</source>
        <translation>Akaun: pilih satu atau taip nama baharu</translation>
    </message>
    <message>
        <source>Why could this customer speak for the product? A promoter score, a result, a quote from a business review…</source>
        <translation>Mengapa pelanggan ini boleh bercakap untuk produk? Skor promoter, hasil, petikan daripada semakan perniagaan…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Jawatan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Isyarat</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>%1 at %2 is already on file: this nominates them.</source>
        <translation>%1 di %2 sudah ada dalam rekod: ini mencalonkan mereka.</translation>
    </message>
    <message>
        <source>%1 is already in the nomination pipeline (%2).</source>
        <translation>%1 sudah berada dalam pipeline pencalonan (%2).</translation>
    </message>
    <message>
        <source>Nominate %1</source>
        <translation>Calonkan %1</translation>
    </message>
    <message>
        <source>Nominated %1.</source>
        <translation>%1 telah dicalonkan.</translation>
    </message>
</context>
<context>
    <name>ad::NominationRules</name>
    <message>
        <source>The nomination is already in “%1”.</source>
        <translation>Pencalonan ini sudah berada dalam “%1”.</translation>
    </message>
    <message>
        <source>A nomination coming back from “%1” must be cultivated again before “%2”.</source>
        <translation>Pencalonan yang kembali dari “%1” mesti dipupuk semula sebelum “%2”.</translation>
    </message>
    <message>
        <source>“%1” cannot skip Cultivating: cultivate the relationship before any ask.</source>
        <translation>“%1” tidak boleh melangkau Dipupuk: pupuk hubungan sebelum sebarang permohonan.</translation>
    </message>
    <message>
        <source>Move one stage at a time: from “%1” the next stage is “%2”.</source>
        <translation>Gerak satu peringkat pada satu masa: dari “%1” peringkat seterusnya ialah “%2”.</translation>
    </message>
    <message>
        <source>Record the advocate’s reference consent before enrolling them.</source>
        <translation>Rekodkan persetujuan reference advocate sebelum mendaftarkan mereka.</translation>
    </message>
    <message>
        <source>The advocate does not exist.</source>
        <translation>Advocate tidak wujud.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>This advocate is already in the nomination pipeline (%1).</source>
        <translation>Advocate ini sudah berada dalam pipeline pencalonan (%1).</translation>
    </message>
    <message>
        <source>Nominated again</source>
        <translation>Dicalonkan semula</translation>
    </message>
    <message>
        <source>The nomination does not exist.</source>
        <translation>Pencalonan tidak wujud.</translation>
    </message>
    <message>
        <source>The nomination has moved to %1 since; undo that move first.</source>
        <translation>Pencalonan telah beralih ke %1 sejak itu; buat asal peralihan itu dahulu.</translation>
    </message>
</context>
<context>
    <name>ad::NpsChart</name>
    <message>
        <source>NPS history</source>
        <translation>Sejarah NPS</translation>
    </message>
    <message>
        <source>No NPS answers yet</source>
        <translation>Belum ada jawapan NPS</translation>
    </message>
</context>
<context>
    <name>ad::PageStack</name>
    <message>
        <source>My Day</source>
        <translation>Hari Saya</translation>
    </message>
    <message>
        <source>Follow-ups, answers awaited, advocates to touch</source>
        <translation>Susulan, jawapan yang ditunggu, advocate untuk dihubungi</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Nomination pipeline and advocacy journey boards</source>
        <translation>Papan pipeline pencalonan dan perjalanan advocacy</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>Everyone in the programme (Ctrl+F to search)</source>
        <translation>Semua orang dalam program (Ctrl+F untuk mencari)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Asks from sales and marketing, matched fairly</source>
        <translation>Permohonan daripada sales dan marketing, dipadankan secara adil</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Papan Pemuka</translation>
    </message>
    <message>
        <source>Programme KPIs, charts and the programme report</source>
        <translation>KPI program, carta dan laporan program</translation>
    </message>
    <message>
        <source>Tier Review</source>
        <translation>Semakan Tier</translation>
    </message>
    <message>
        <source>Approve or override recommended tiers</source>
        <translation>Luluskan atau atasi tier yang disyorkan</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Voice of the customer: reviews, posts, surveys</source>
        <translation>Suara pelanggan: ulasan, hantaran, tinjauan</translation>
    </message>
</context>
<context>
    <name>ad::PersonalData</name>
    <message>
        <source>No advocate has the email %1.</source>
        <translation>Tiada advocate mempunyai e-mel %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ad::PersonalDataActions</name>
    <message>
        <source>Export Personal Data</source>
        <translation>Eksport Data Peribadi</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fail JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase Person</source>
        <translation>Padam Individu</translation>
    </message>
    <message>
        <source>Personal Data</source>
        <translation>Data Peribadi</translation>
    </message>
    <message>
        <source>Export Personal Data…</source>
        <translation>Eksport Data Peribadi…</translation>
    </message>
    <message>
        <source>Erase Person…</source>
        <translation>Padam Individu…</translation>
    </message>
</context>
<context>
    <name>ad::PipelinePage</name>
    <message>
        <source>Nomination Pipeline</source>
        <translation>Pipeline Pencalonan</translation>
    </message>
    <message>
        <source>Advocacy Journey</source>
        <translation>Perjalanan Advocacy</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Papan</translation>
    </message>
</context>
<context>
    <name>ad::PostgresUrl</name>
    <message>
        <source>“%1” is not a server address: it must start with postgresql://.</source>
        <translation>“%1” bukan alamat pelayan: ia mesti bermula dengan postgresql://.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address (%2). Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>“%1” bukan alamat pelayan yang sah (%2). Tulis sebagai postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server address holds a password. Leave it out: set PGPASSWORD, or put it in ~/.pgpass, so that it never shows in a command line or a list of recent programmes.</source>
        <translation>Alamat pelayan mengandungi kata laluan. Buangnya: tetapkan PGPASSWORD, atau letakkannya dalam ~/.pgpass, supaya ia tidak pernah kelihatan dalam baris arahan atau senarai program terkini.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address: it has a “#” part.</source>
        <translation>“%1” bukan alamat pelayan yang sah: ia mempunyai bahagian “#”.</translation>
    </message>
    <message>
        <source>“%1” names no database: write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>“%1” tidak menamakan pangkalan data: tulis sebagai postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>“%1” bukan nombor port.</translation>
    </message>
    <message>
        <source>“%1” is not an SSL mode; use one of: %2.</source>
        <translation>“%1” bukan mod SSL; gunakan salah satu daripada: %2.</translation>
    </message>
    <message>
        <source>The server address has a setting this version does not know: “%1” (known: host, port, sslmode).</source>
        <translation>Alamat pelayan mempunyai tetapan yang tidak dikenali oleh versi ini: “%1” (yang dikenali: host, port, sslmode).</translation>
    </message>
</context>
<context>
    <name>ad::Preferences</name>
    <message>
        <source>Open Database</source>
        <translation>Buka Pangkalan Data</translation>
    </message>
    <message>
        <source>Advocate Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Pangkalan data Advocate Desk (*.sqlite *.db);;Semua fail (*)</translation>
    </message>
</context>
<context>
    <name>ad::PreferencesDialog</name>
    <message>
        <source>Advocate Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Pangkalan data Advocate Desk (*.sqlite *.db);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Keutamaan</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fail pangkalan data</translation>
    </message>
    <message>
        <source>Current database file</source>
        <translation>Fail pangkalan data semasa</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <source>Work in another existing database file</source>
        <translation>Bekerja dalam fail pangkalan data lain yang sedia ada</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Ba&amp;haru…</translation>
    </message>
    <message>
        <source>Start a new, empty database file</source>
        <translation>Mulakan fail pangkalan data baharu yang kosong</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Alih…</translation>
    </message>
    <message>
        <source>Move the current file to another folder or name; it stays open</source>
        <translation>Alihkan fail semasa ke folder atau nama lain; ia kekal terbuka</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>A new language applies when Advocate Desk starts again.</source>
        <translation>Bahasa baharu digunakan apabila Advocate Desk dimulakan semula.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Cerah</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Reopen the last file</source>
        <translation>Buka semula fail terakhir</translation>
    </message>
    <message>
        <source>Ask which file to open</source>
        <translation>Tanya fail mana yang hendak dibuka</translation>
    </message>
    <message>
        <source>Open the default file</source>
        <translation>Buka fail lalai</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>At &amp;start:</source>
        <translation>Semasa &amp;mula:</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Buka Pangkalan Data</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Pangkalan Data Baharu</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it.</source>
        <translation>“%1” sudah wujud. Pilih nama lain, atau bukanya.</translation>
    </message>
    <message>
        <source>Move Database</source>
        <translation>Alih Pangkalan Data</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Anda ialah</translation>
    </message>
    <message>
        <source>ADVOCATEDESK_USER says you are “%1” while Advocate Desk runs this time.</source>
        <translation>ADVOCATEDESK_USER menyatakan anda ialah “%1” selama Advocate Desk berjalan kali ini.</translation>
    </message>
    <message>
        <source>Who you are in this programme file: your name goes with every change you make, and only a programme manager decides tier reviews.</source>
        <translation>Siapa anda dalam fail program ini: nama anda disertakan pada setiap perubahan yang anda buat, dan hanya pengurus program yang memutuskan semakan tier.</translation>
    </message>
    <message>
        <source>The programme is on a server, not in a file: there is no file to move</source>
        <translation>Program ini berada pada pelayan, bukan dalam fail: tiada fail untuk dialihkan</translation>
    </message>
</context>
<context>
    <name>ad::PreferencesEditor</name>
    <message>
        <source>Open to %1</source>
        <translation>Terbuka kepada %1</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Belum ditanya</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Terbuka kepada</translation>
    </message>
    <message>
        <source>Not open to</source>
        <translation>Tidak terbuka kepada</translation>
    </message>
    <message>
        <source>Change preference: %1</source>
        <translation>Tukar keutamaan: %1</translation>
    </message>
</context>
<context>
    <name>ad::ProfileWindow</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Touch…</source>
        <translation>Interaksi…</translation>
    </message>
    <message>
        <source>Contribution…</source>
        <translation>Sumbangan…</translation>
    </message>
    <message>
        <source>Appreciation…</source>
        <translation>Penghargaan…</translation>
    </message>
    <message>
        <source>Referral…</source>
        <translation>Referral…</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>Tambah Nota…</translation>
    </message>
    <message>
        <source>Nominate…</source>
        <translation>Calonkan…</translation>
    </message>
    <message>
        <source>signals</source>
        <translation>isyarat</translation>
    </message>
    <message>
        <source>Asking</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>Do not ask until</source>
        <translation>Jangan minta sehingga</translation>
    </message>
    <message>
        <source>do-not-ask date</source>
        <translation>tarikh jangan minta</translation>
    </message>
    <message>
        <source>Success story</source>
        <translation>Kisah kejayaan</translation>
    </message>
    <message>
        <source>Quantified value outcomes</source>
        <translation>Hasil nilai yang dikuantifikasi</translation>
    </message>
    <message>
        <source>For example: cut onboarding from 6 weeks to 10 days</source>
        <translation>Contohnya: memendekkan onboarding daripada 6 minggu kepada 10 hari</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Kisah</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Garis masa</translation>
    </message>
    <message>
        <source>Show timeline entries of kind</source>
        <translation>Tunjukkan entri garis masa jenis</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>This advocate no longer exists.</source>
        <translation>Advocate ini tidak lagi wujud.</translation>
    </message>
    <message>
        <source>%1 — Advocate Desk</source>
        <translation>%1 — Advocate Desk</translation>
    </message>
    <message>
        <source>Already in the nomination pipeline</source>
        <translation>Sudah dalam pipeline pencalonan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Buat asal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>story</source>
        <translation>kisah</translation>
    </message>
    <message>
        <source>Log Touch</source>
        <translation>Log Interaksi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Tambah Nota</translation>
    </message>
    <message>
        <source>Note about %1:</source>
        <translation>Nota tentang %1:</translation>
    </message>
    <message>
        <source>Nominate</source>
        <translation>Calonkan</translation>
    </message>
    <message>
        <source>Why could %1 speak for the product? (evidence)</source>
        <translation>Mengapa %1 boleh bercakap untuk produk? (bukti)</translation>
    </message>
    <message>
        <source>Activity preferences</source>
        <translation>Keutamaan aktiviti</translation>
    </message>
    <message>
        <source>Could not save the preference</source>
        <translation>Tidak dapat menyimpan keutamaan</translation>
    </message>
    <message>
        <source>Log touch with %1</source>
        <translation>Log interaksi dengan %1</translation>
    </message>
    <message>
        <source>Logged a touch with %1.</source>
        <translation>Interaksi dengan %1 dilog.</translation>
    </message>
    <message>
        <source>Add note about %1</source>
        <translation>Tambah nota tentang %1</translation>
    </message>
    <message>
        <source>Added a note about %1.</source>
        <translation>Nota tentang %1 ditambah.</translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation>Bahagian profil</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Isyarat</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Keutamaan</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tunjukkan</translation>
    </message>
</context>
<context>
    <name>ad::ProgrammeCopy</name>
    <message>
        <source>“%1” has no table %2: it is not a whole Advocate Desk programme.</source>
        <translation>“%1” tiada jadual %2: ia bukan program Advocate Desk yang lengkap.</translation>
    </message>
    <message>
        <source>“%1” is at schema %2, not %3: a programme is copied only between databases of this version. Nothing was changed.</source>
        <translation>“%1” berada pada skema %2, bukan %3: program hanya disalin antara pangkalan data versi ini. Tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source>“%1” already holds a programme (its table %2 has rows). A programme is copied only into an empty database; nothing was changed.</source>
        <translation>“%1” sudah mengandungi program (jadualnya %2 mempunyai baris). Program hanya disalin ke pangkalan data yang kosong; tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source>Copying the table %1 to “%2” failed: %3</source>
        <translation>Penyalinan jadual %1 ke “%2” gagal: %3</translation>
    </message>
    <message>
        <source>The table %1 has other columns in “%2” than in “%3”; nothing was changed.</source>
        <translation>Jadual %1 mempunyai lajur yang berbeza dalam “%2” berbanding dalam “%3”; tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source>“%1” is at schema %2, not %3: open it with this version first, which upgrades it. Nothing was changed.</source>
        <translation>“%1” berada pada skema %2, bukan %3: bukanya dengan versi ini dahulu, yang akan menaik tarafnya. Tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source>“%1” was opened read-only; nothing was changed.</source>
        <translation>“%1” dibuka baca sahaja; tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source>The copy of the table %1 in “%2” does not match the original: %3 rows there, %4 rows here, checksums %5 and %6. Nothing was kept.</source>
        <translation>Salinan jadual %1 dalam “%2” tidak sepadan dengan yang asal: %3 baris di sana, %4 baris di sini, hasil tambah semak %5 dan %6. Tiada apa-apa disimpan.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Cannot write the snapshot “%1”.</source>
        <translation>Petikan “%1” tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>ad::ProgrammeReport</name>
    <message>
        <source>Range: %1</source>
        <translation>Julat: %1</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Tempoh sebelumnya: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Penapis: %1</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Disediakan pada %1</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Tempoh ini</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Tempoh sebelumnya</translation>
    </message>
    <message>
        <source>Advocacy Programme Report</source>
        <translation>Laporan Program Advocacy</translation>
    </message>
</context>
<context>
    <name>ad::ProgrammeSettings</name>
    <message>
        <source>Ask cap (counted asks)</source>
        <translation>Had permohonan (permohonan dikira)</translation>
    </message>
    <message>
        <source>… within</source>
        <translation>… dalam tempoh</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Rest after a high-barrier contribution</source>
        <translation>Rehat selepas sumbangan halangan tinggi</translation>
    </message>
    <message>
        <source>A decline blocks the same activity for</source>
        <translation>Penolakan menyekat aktiviti yang sama selama</translation>
    </message>
    <message>
        <source>Fair distribution looks back</source>
        <translation>Pengagihan adil melihat ke belakang</translation>
    </message>
    <message>
        <source>No ask this close to a renewal</source>
        <translation>Tiada permohonan sehampir ini dengan pembaharuan</translation>
    </message>
    <message>
        <source>NPS detractor up to</source>
        <translation>Detractor NPS sehingga</translation>
    </message>
    <message>
        <source>NPS passive up to</source>
        <translation>Passive NPS sehingga</translation>
    </message>
    <message>
        <source>Matching: share of fit in the score</source>
        <translation>Padanan: bahagian kesesuaian dalam skor</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Thank-you due within</source>
        <translation>Ucapan terima kasih perlu dalam</translation>
    </message>
    <message>
        <source>Case-study final version due within</source>
        <translation>Versi akhir case study perlu dalam</translation>
    </message>
    <message>
        <source>Contribution unused after</source>
        <translation>Sumbangan tidak digunakan selepas</translation>
    </message>
    <message>
        <source>One-way relationship: no touch in</source>
        <translation>Hubungan sehala: tiada interaksi dalam</translation>
    </message>
    <message>
        <source>My Day: not touched in</source>
        <translation>Hari Saya: tidak dihubungi dalam</translation>
    </message>
    <message>
        <source>Nomination stuck after</source>
        <translation>Pencalonan tersekat selepas</translation>
    </message>
    <message>
        <source>Profiles and consents stale after</source>
        <translation>Profil dan persetujuan lapuk selepas</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>CSM capacity (enrolled advocates)</source>
        <translation>Kapasiti CSM (advocate berdaftar)</translation>
    </message>
    <message>
        <source>Contact points expire after</source>
        <translation>Mata hubungan tamat tempoh selepas</translation>
    </message>
</context>
<context>
    <name>ad::ProgrammeSettingsDialog</name>
    <message>
        <source>Programme Settings</source>
        <translation>Tetapan Program</translation>
    </message>
    <message>
        <source> points</source>
        <translation> mata</translation>
    </message>
    <message>
        <source>%1 from (12-month points)</source>
        <translation>%1 dari (mata 12 bulan)</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Pulihkan Lalai</translation>
    </message>
    <message>
        <source>The currency of ARR, deal sizes and referral values (an ISO 4217 code such as USD, MYR or TWD)</source>
        <translation>Mata wang ARR, saiz deal dan nilai referral (kod ISO 4217 seperti USD, MYR atau TWD)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
</context>
<context>
    <name>ad::ProgrammeSettingsService</name>
    <message>
        <source>The setting “%1” must be between %2 and %3.</source>
        <translation>Tetapan “%1” mesti antara %2 dan %3.</translation>
    </message>
    <message>
        <source>A detractor score must be below the highest passive score.</source>
        <translation>Skor detractor mesti di bawah skor passive tertinggi.</translation>
    </message>
    <message>
        <source>Each tier needs more points than the one below it.</source>
        <translation>Setiap tier memerlukan lebih banyak mata daripada tier di bawahnya.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code: use three capital letters such as USD, MYR or TWD.</source>
        <translation>“%1” bukan kod mata wang: gunakan tiga huruf besar seperti USD, MYR atau TWD.</translation>
    </message>
</context>
<context>
    <name>ad::ReferralDialog</name>
    <message>
        <source>Log Referral</source>
        <translation>Log Referral</translation>
    </message>
    <message>
        <source>Referred company</source>
        <translation>Syarikat yang dirujuk</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kenalan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Log referral: %1</source>
        <translation>Log referral: %1</translation>
    </message>
    <message>
        <source>Logged the referral of %1.</source>
        <translation>Referral %1 dilog.</translation>
    </message>
</context>
<context>
    <name>ad::RequestBoard</name>
    <message>
        <source>Request pipeline board</source>
        <translation>Papan pipeline permintaan</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Tapis permintaan</translation>
    </message>
    <message>
        <source>Filter requests by text</source>
        <translation>Tapis permintaan mengikut teks</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Jenis aktiviti</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Peminta</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Kosongkan Penapis</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>Sebarang aktiviti</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>Sebarang peminta</translation>
    </message>
</context>
<context>
    <name>ad::RequestBoardSource</name>
    <message>
        <source>Untitled request</source>
        <translation>Permintaan tanpa tajuk</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, for %2, %3, deal size %4</source>
        <translation>%1, untuk %2, %3, saiz deal %4</translation>
    </message>
    <message>
        <source>no requester</source>
        <translation>tiada peminta</translation>
    </message>
    <message>
        <source>Deals %1</source>
        <translation>Deal %1</translation>
    </message>
    <message>
        <source>Open Request</source>
        <translation>Buka Permintaan</translation>
    </message>
    <message>
        <source>There is no such column.</source>
        <translation>Tiada lajur sedemikian.</translation>
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
        <translation>Diperlukan sebelum %1</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Lewat %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Tamat %1</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Diminta: %1</translation>
    </message>
</context>
<context>
    <name>ad::RequestDetailPanel</name>
    <message>
        <source>Asked</source>
        <translation>Diminta</translation>
    </message>
    <message>
        <source>Request detail</source>
        <translation>Butiran permintaan</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Tiada permintaan dipilih</translation>
    </message>
    <message>
        <source>Select a request to see who was asked and what they answered.</source>
        <translation>Pilih permintaan untuk melihat siapa yang diminta dan apa jawapan mereka.</translation>
    </message>
    <message>
        <source>A request without a prospect</source>
        <translation>Permintaan tanpa prospek</translation>
    </message>
    <message>
        <source>Prospect: %1</source>
        <translation>Prospek: %1</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Aktiviti: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Needed by: %1</source>
        <translation>Diperlukan sebelum: %1</translation>
    </message>
    <message>
        <source>Needed by: no date</source>
        <translation>Diperlukan sebelum: tiada tarikh</translation>
    </message>
    <message>
        <source>Requested by: %1</source>
        <translation>Diminta oleh: %1</translation>
    </message>
    <message>
        <source>Deal size: %1</source>
        <translation>Saiz deal: %1</translation>
    </message>
    <message>
        <source>Nobody was asked yet: Match… finds who may be.</source>
        <translation>Belum ada sesiapa diminta: Padankan… mencari siapa yang boleh diminta.</translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation>Buka profil %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Pemilik: %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Tiada</translation>
    </message>
    <message>
        <source>Asked on %1</source>
        <translation>Diminta pada %1</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Menunggu jawapan</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>Diterima pada %1</translation>
    </message>
    <message>
        <source>Declined on %1</source>
        <translation>Ditolak pada %1</translation>
    </message>
    <message>
        <source>Declined on %1: %2</source>
        <translation>Ditolak pada %1: %2</translation>
    </message>
    <message>
        <source>No contribution logged for this request yet</source>
        <translation>Belum ada sumbangan dilog untuk permintaan ini</translation>
    </message>
    <message>
        <source>Contributed on %1; thanked</source>
        <translation>Menyumbang pada %1; sudah dihargai</translation>
    </message>
    <message>
        <source>Contributed on %1; not thanked yet</source>
        <translation>Menyumbang pada %1; belum dihargai</translation>
    </message>
    <message>
        <source>Log Contribution…</source>
        <translation>Log Sumbangan…</translation>
    </message>
    <message>
        <source>Log what %1 did for this request</source>
        <translation>Log apa yang %1 lakukan untuk permintaan ini</translation>
    </message>
    <message>
        <source>Thank…</source>
        <translation>Ucap Terima Kasih…</translation>
    </message>
    <message>
        <source>Log a thank-you to %1</source>
        <translation>Log ucapan terima kasih kepada %1</translation>
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
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Diperlukan sebelum</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Peminta</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>Saiz deal</translation>
    </message>
</context>
<context>
    <name>ad::RequestsPage</name>
    <message>
        <source>Match…</source>
        <translation>Padankan…</translation>
    </message>
    <message>
        <source>Record Answer…</source>
        <translation>Rekod Jawapan…</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>Alih Ke</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Show requests with status</source>
        <translation>Tunjukkan permintaan dengan status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>New Request…</source>
        <translation>Permintaan Baharu…</translation>
    </message>
    <message>
        <source>Nobody asked for this request is waiting to answer.</source>
        <translation>Tiada sesiapa yang diminta untuk permintaan ini sedang menunggu untuk menjawab.</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Papan</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Jadual</translation>
    </message>
    <message>
        <source>Show the requests as a pipeline board</source>
        <translation>Tunjukkan permintaan sebagai papan pipeline</translation>
    </message>
    <message>
        <source>Show the requests as a table</source>
        <translation>Tunjukkan permintaan sebagai jadual</translation>
    </message>
</context>
<context>
    <name>ad::Rules</name>
    <message>
        <source>already asked for this request</source>
        <translation>sudah diminta untuk permintaan ini</translation>
    </message>
    <message>
        <source>not enrolled in the programme</source>
        <translation>tidak berdaftar dalam program</translation>
    </message>
    <message>
        <source>ask cap reached: %1 counted asks in the last %2 days (cap %3)</source>
        <translation>had permohonan dicapai: %1 permohonan dikira dalam %2 hari lepas (had %3)</translation>
    </message>
    <message>
        <source>resting after a high-barrier contribution on %1 (until %2)</source>
        <translation>berehat selepas sumbangan halangan tinggi pada %1 (hingga %2)</translation>
    </message>
    <message>
        <source>declined %1 on %2 (not asked again for it until %3)</source>
        <translation>menolak %1 pada %2 (tidak diminta lagi untuknya hingga %3)</translation>
    </message>
    <message>
        <source>do not ask until %1</source>
        <translation>jangan minta hingga %1</translation>
    </message>
    <message>
        <source>no current reference consent</source>
        <translation>tiada persetujuan reference semasa</translation>
    </message>
    <message>
        <source>not open to %1</source>
        <translation>tidak terbuka kepada %1</translation>
    </message>
    <message>
        <source>health: latest NPS is %1 (detractor)</source>
        <translation>kesihatan: NPS terkini ialah %1 (detractor)</translation>
    </message>
    <message>
        <source>health: the account has an open escalation</source>
        <translation>kesihatan: akaun mempunyai eskalasi terbuka</translation>
    </message>
    <message>
        <source>health: the account renews on %1 (within %2 days)</source>
        <translation>kesihatan: akaun diperbaharui pada %1 (dalam %2 hari)</translation>
    </message>
    <message>
        <source>industry %1</source>
        <translation>industri %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segmen %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>rantau %1</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>produk %1</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>sepadan dengan %1</translation>
    </message>
    <message>
        <source>loosened %1</source>
        <translation>dilonggarkan: %1</translation>
    </message>
    <message>
        <source>readiness %1</source>
        <translation>kesediaan %1</translation>
    </message>
    <message>
        <source>The request is already %1; it cannot move to %2.</source>
        <translation>Permintaan itu sudah %1; ia tidak boleh dipindahkan ke %2.</translation>
    </message>
    <message>
        <source>The request is %1, which is final; it cannot move to %2.</source>
        <translation>Permintaan itu %1, iaitu status akhir; ia tidak boleh dipindahkan ke %2.</translation>
    </message>
    <message>
        <source>Only an asked request can be declined (it is %1, not %2).</source>
        <translation>Hanya permintaan yang telah ditanya boleh ditolak (ia %1, bukan %2).</translation>
    </message>
    <message>
        <source>A declined request goes back to matching first (it is %1, not %2).</source>
        <translation>Permintaan yang ditolak kembali ke pemadanan dahulu (ia %1, bukan %2).</translation>
    </message>
    <message>
        <source>A request moves one step at a time: from %1 it cannot go to %2.</source>
        <translation>Permintaan bergerak satu langkah pada satu masa: dari %1 ia tidak boleh ke %2.</translation>
    </message>
    <message>
        <source>There is no user named “%1”.</source>
        <translation>Tiada pengguna bernama “%1”.</translation>
    </message>
    <message>
        <source>Thank %1 for the %2 on %3.</source>
        <translation>Ucapkan terima kasih kepada %1 untuk %2 pada %3.</translation>
    </message>
    <message>
        <source>Share the final version of the case study of %1 with %2.</source>
        <translation>Kongsi versi akhir case study %1 dengan %2.</translation>
    </message>
    <message>
        <source>Publish or use the %1 of %2, unused for %3 days.</source>
        <translation>Terbitkan atau gunakan %1 daripada %2, tidak digunakan selama %3 hari.</translation>
    </message>
    <message>
        <source>Verify the profile of %1, last verified on %2.</source>
        <translation>Sahkan profil %1, kali terakhir disahkan pada %2.</translation>
    </message>
    <message>
        <source>Verify the profile of %1, never verified.</source>
        <translation>Sahkan profil %1, tidak pernah disahkan.</translation>
    </message>
    <message>
        <source>Re-confirm %1&apos;s %2 consent, given on %3.</source>
        <translation>Sahkan semula persetujuan %2 %1, diberikan pada %3.</translation>
    </message>
    <message>
        <source>%1 holds %2 enrolled advocates, more than %3: hand some over.</source>
        <translation>%1 memegang %2 advocate berdaftar, lebih daripada %3: serahkan sebahagian.</translation>
    </message>
    <message>
        <source>The request is %1; nobody more can be asked for it.</source>
        <translation>Permintaan ini %1; tiada sesiapa lagi boleh diminta untuknya.</translation>
    </message>
    <message>
        <source>%1 was already asked for this request.</source>
        <translation>%1 sudah diminta untuk permintaan ini.</translation>
    </message>
    <message>
        <source>%1 cannot be asked: %2.</source>
        <translation>%1 tidak boleh diminta: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be asked: %2. Only a programme manager may override that.</source>
        <translation>%1 tidak boleh diminta: %2. Hanya pengurus program boleh mengatasinya.</translation>
    </message>
    <message>
        <source>Overrode “%1”: %2</source>
        <translation>Mengatasi “%1”: %2</translation>
    </message>
    <message>
        <source>Asked %1</source>
        <translation>Diminta %1</translation>
    </message>
    <message>
        <source>An answer is either accepted or declined.</source>
        <translation>Jawapan sama ada diterima atau ditolak.</translation>
    </message>
    <message>
        <source>This advocate was not asked for this request.</source>
        <translation>Advocate ini tidak diminta untuk permintaan ini.</translation>
    </message>
    <message>
        <source>This advocate already answered (%1 on %2).</source>
        <translation>Advocate ini sudah menjawab (%1 pada %2).</translation>
    </message>
    <message>
        <source>The request is %1; there is nobody to match any more.</source>
        <translation>Permintaan ini %1; tiada sesiapa lagi untuk dipadankan.</translation>
    </message>
    <message>
        <source>The advocate does not exist.</source>
        <translation>Advocate tidak wujud.</translation>
    </message>
    <message>
        <source>The activity type does not exist.</source>
        <translation>Jenis aktiviti tidak wujud.</translation>
    </message>
    <message>
        <source>“%1” is not a segment (smb, mid_market, enterprise).</source>
        <translation>“%1” bukan segmen (smb, mid_market, enterprise).</translation>
    </message>
    <message>
        <source>The deal size cannot be negative.</source>
        <translation>Saiz deal tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The needed-by date %1 is already past.</source>
        <translation>Tarikh diperlukan %1 sudah berlalu.</translation>
    </message>
    <message>
        <source>There is no request with the id “%1”.</source>
        <translation>Tiada permintaan dengan id “%1”.</translation>
    </message>
    <message>
        <source>The tier review does not exist.</source>
        <translation>Semakan tier tidak wujud.</translation>
    </message>
    <message>
        <source>Only a programme manager can decide a tier review.</source>
        <translation>Hanya pengurus program boleh memutuskan semakan tier.</translation>
    </message>
    <message>
        <source>A tier decision needs a reason.</source>
        <translation>Keputusan tier memerlukan sebab.</translation>
    </message>
    <message>
        <source>This tier review was already decided.</source>
        <translation>Semakan tier ini sudah diputuskan.</translation>
    </message>
    <message>
        <source>Accepted an ask for %1</source>
        <translation>Menerima permohonan untuk %1</translation>
    </message>
    <message numerus="yes">
        <source>asked %n times in the last %1 days</source>
        <translation>
            <numerusform>diminta %n kali dalam %1 hari lepas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check in with %1: asked %n times in the last %2 days (last on %3) without a single touch.</source>
        <translation>
            <numerusform>Hubungi %1: diminta %n kali dalam %2 hari lepas (terakhir pada %3) tanpa satu interaksi pun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Papan Kekunci</translation>
    </message>
    <message>
        <source>Move between the sidebar, toolbar and page</source>
        <translation>Bergerak antara bar sisi, bar alat dan halaman</translation>
    </message>
    <message>
        <source>Move the selected card to the previous or next column</source>
        <translation>Alihkan kad yang dipilih ke lajur sebelumnya atau seterusnya</translation>
    </message>
    <message>
        <source>Open a context menu (Move To, Set Soft Limit)</source>
        <translation>Buka menu konteks (Alih Ke, Tetapkan Had Lembut)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Kekunci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan kekunci</translation>
    </message>
    <message>
        <source>Close a profile or account window</source>
        <translation>Tutup tetingkap profil atau akaun</translation>
    </message>
    <message>
        <source>Pages, lists and boards</source>
        <translation>Halaman, senarai dan papan</translation>
    </message>
    <message>
        <source>Walk the sidebar, a list or a board; Down goes from a search box to what it found</source>
        <translation>Bergerak dalam bar sisi, senarai atau papan; Bawah pergi dari kotak carian ke hasil yang ditemui</translation>
    </message>
    <message>
        <source>Open the selected card&apos;s or row&apos;s profile (in a search box: the first found)</source>
        <translation>Buka profil kad atau baris yang dipilih (dalam kotak carian: yang pertama ditemui)</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Tetingkap</translation>
    </message>
    <message>
        <source>Clear the search; close a dialog, a profile or an account window</source>
        <translation>Kosongkan carian; tutup dialog, tetingkap profil atau akaun</translation>
    </message>
</context>
<context>
    <name>ad::Sidebar</name>
    <message>
        <source>Navigation</source>
        <translation>Navigasi</translation>
    </message>
</context>
<context>
    <name>ad::SignalsEditor</name>
    <message>
        <source>%1 (0 to 5)</source>
        <translation>%1 (0 hingga 5)</translation>
    </message>
    <message>
        <source>Readiness %1 / 100</source>
        <translation>Kesediaan %1 / 100</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 daripada %2 mata</translation>
    </message>
</context>
<context>
    <name>ad::Stats</name>
    <message>
        <source>Accounts</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Pencalonan</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>Respons NPS</translation>
    </message>
    <message>
        <source>Activity types</source>
        <translation>Jenis aktiviti</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Sumbangan</translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation>Penghargaan</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Feedback items</source>
        <translation>Item feedback</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Peristiwa audit</translation>
    </message>
    <message>
        <source>Counting rows returned nothing.</source>
        <translation>Mengira baris tidak mengembalikan apa-apa.</translation>
    </message>
</context>
<context>
    <name>ad::Storage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the database file is read-only.</source>
        <translation>fail pangkalan data adalah baca sahaja.</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved.</source>
        <translation>cakera penuh; tiada apa-apa disimpan.</translation>
    </message>
    <message>
        <source>the database file is damaged (%1).</source>
        <translation>fail pangkalan data rosak (%1).</translation>
    </message>
    <message>
        <source>the database file could not be read or written (%1).</source>
        <translation>fail pangkalan data tidak dapat dibaca atau ditulis (%1).</translation>
    </message>
    <message>
        <source>An inner step failed; nothing was saved.</source>
        <translation>Satu langkah dalaman gagal; tiada apa-apa disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>the database is busy — another program is writing; tried for %n s. Nothing was changed; try again in a moment.</source>
        <translation>
            <numerusform>pangkalan data sedang sibuk — program lain sedang menulis; dicuba selama %n saat. Tiada apa-apa diubah; cuba lagi sebentar lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s disk is full; nothing was saved.</source>
        <translation>cakera pelayan penuh; tiada apa-apa disimpan.</translation>
    </message>
    <message>
        <source>the programme was opened read-only; nothing was saved.</source>
        <translation>program dibuka secara baca sahaja; tiada apa-apa disimpan.</translation>
    </message>
    <message>
        <source>the connection to the database server failed (%1).</source>
        <translation>sambungan ke pelayan pangkalan data gagal (%1).</translation>
    </message>
</context>
<context>
    <name>ad::SummaryCard</name>
    <message>
        <source>Open the account</source>
        <translation>Buka akaun</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Latest NPS</source>
        <translation>NPS terkini</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Disahkan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah seterusnya</translation>
    </message>
    <message>
        <source>Journey: %1 · %2</source>
        <translation>Perjalanan: %1 · %2</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Tiada</translation>
    </message>
    <message>
        <source>Not nominated</source>
        <translation>Belum dicalonkan</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Belum ada jawapan</translation>
    </message>
    <message>
        <source>Not to be asked now: %1</source>
        <translation>Tidak boleh diminta sekarang: %1</translation>
    </message>
    <message>
        <source>May be asked: no ask-protection rule applies.</source>
        <translation>Boleh diminta: tiada peraturan perlindungan permohonan yang terpakai.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Lewat sejak %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Tamat %1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Tier: %1</translation>
    </message>
    <message>
        <source>%1: none current</source>
        <translation>%1: tiada yang semasa</translation>
    </message>
    <message>
        <source>%1: given %2, until %3</source>
        <translation>%1: diberi %2, sehingga %3</translation>
    </message>
    <message>
        <source>%1: given %2</source>
        <translation>%1: diberi %2</translation>
    </message>
</context>
<context>
    <name>ad::SyncBundleCheck</name>
    <message>
        <source>%1: not an Advocate Desk sync bundle.</source>
        <translation>%1: bukan bundle penyegerakan Advocate Desk.</translation>
    </message>
    <message>
        <source>the format version must be a whole number.</source>
        <translation>versi format mesti nombor bulat.</translation>
    </message>
    <message>
        <source>%1: bundle format %2 is newer than this version of Advocate Desk reads (%3).</source>
        <translation>%1: format bundle %2 lebih baharu daripada yang dibaca oleh versi Advocate Desk ini (%3).</translation>
    </message>
    <message>
        <source>the bundle needs its UUID.</source>
        <translation>bundle memerlukan UUID.</translation>
    </message>
    <message>
        <source>a date and time is required.</source>
        <translation>tarikh dan masa diperlukan.</translation>
    </message>
    <message>
        <source>a date and time or null is required.</source>
        <translation>tarikh dan masa atau null diperlukan.</translation>
    </message>
    <message>
        <source>the tables must be an object.</source>
        <translation>jadual mesti berupa objek.</translation>
    </message>
    <message>
        <source>no such table in Advocate Desk.</source>
        <translation>tiada jadual sedemikian dalam Advocate Desk.</translation>
    </message>
    <message>
        <source>a table must be a list of rows.</source>
        <translation>jadual mesti berupa senarai baris.</translation>
    </message>
    <message>
        <source>must be a list of UUIDs.</source>
        <translation>mesti berupa senarai UUID.</translation>
    </message>
    <message>
        <source>not a UUID.</source>
        <translation>bukan UUID.</translation>
    </message>
    <message>
        <source>the schema version must be a whole number.</source>
        <translation>versi skema mestilah nombor bulat.</translation>
    </message>
    <message>
        <source>%1: the bundle was written by a newer Advocate Desk (schema %2; this file has %3). Update Advocate Desk first; nothing was merged.</source>
        <translation>%1: bundle ditulis oleh Advocate Desk yang lebih baharu (skema %2; fail ini mempunyai %3). Kemas kini Advocate Desk dahulu; tiada apa-apa digabungkan.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time.</source>
        <translation>“%1” bukan tarikh dan masa.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 berada pada masa hadapan.</translation>
    </message>
    <message>
        <source>%1 is later than the bundle was written.</source>
        <translation>%1 lebih lewat daripada masa bundle ditulis.</translation>
    </message>
    <message>
        <source>the id %1 is in the table twice.</source>
        <translation>id %1 terdapat dua kali dalam jadual.</translation>
    </message>
    <message>
        <source>the bundle says %1 rows but holds %2: it was cut short or altered.</source>
        <translation>bundle menyatakan %1 baris tetapi mengandungi %2: ia terpotong atau diubah.</translation>
    </message>
    <message>
        <source>%1: not a valid sync bundle: %2: %3</source>
        <translation>%1: bukan bundle penyegerakan yang sah: %2: %3</translation>
    </message>
    <message>
        <source>a row must be an object.</source>
        <translation>baris mesti berupa objek.</translation>
    </message>
    <message>
        <source>a row needs its UUID.</source>
        <translation>baris memerlukan UUID.</translation>
    </message>
    <message>
        <source>a cell must be text, a number or null.</source>
        <translation>sel mesti berupa teks, nombor atau null.</translation>
    </message>
</context>
<context>
    <name>ad::SyncConflictDialog</name>
    <message>
        <source>Changed on Both Sides</source>
        <translation>Diubah di Kedua-dua Pihak</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were changed both here and by %1 since your last exchange. Nothing has been merged yet: choose which version to keep.</source>
        <translation>
            <numerusform>%n baris telah diubah di sini dan oleh %1 sejak pertukaran terakhir anda. Tiada apa-apa digabungkan lagi: pilih versi yang hendak dikekalkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>your colleague</source>
        <translation>rakan sekerja anda</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Jadual</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekod</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Milik saya</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Milik mereka</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Kekalkan</translation>
    </message>
    <message>
        <source>Version to keep for %1</source>
        <translation>Versi yang hendak dikekalkan untuk %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Kekalkan milik saya</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ambil milik mereka</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Kekalkan Semua Milik Saya</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Ambil Semua Milik Mereka</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
</context>
<context>
    <name>ad::SyncImporter</name>
    <message>
        <source>%1: not a sync bundle (invalid JSON at byte %2: %3).</source>
        <translation>%1: bukan bundle penyegerakan (JSON tidak sah pada bait %2: %3).</translation>
    </message>
    <message>
        <source>%1: not a sync bundle (the file holds a JSON list or value, where a bundle is one object with &quot;format&quot;, &quot;version&quot; and &quot;tables&quot;).</source>
        <translation>%1: bukan bundle penyegerakan (fail itu mengandungi senarai atau nilai JSON, sedangkan bundle ialah satu objek dengan &quot;format&quot;, &quot;version&quot; dan &quot;tables&quot;).</translation>
    </message>
    <message>
        <source>Not a valid sync bundle, nothing was merged: %1</source>
        <translation>Bukan bundle penyegerakan yang sah, tiada apa-apa digabungkan: %1</translation>
    </message>
    <message>
        <source>erase %1 &lt;%2&gt;</source>
        <translation>padam %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>record the erasure of a person not in this file (%1)</source>
        <translation>rekodkan pemadaman seseorang yang tiada dalam fail ini (%1)</translation>
    </message>
    <message>
        <source>record that %1 revoked their consent to %2 on %3</source>
        <translation>rekodkan bahawa %1 menarik balik persetujuan untuk %2 pada %3</translation>
    </message>
    <message>
        <source>record that %1 consents to %2 from %3</source>
        <translation>rekodkan bahawa %1 bersetuju dengan %2 mulai %3</translation>
    </message>
    <message>
        <source>change the consent of %1 to %2</source>
        <translation>ubah persetujuan %1 untuk %2</translation>
    </message>
    <message>
        <source>it refers to a row that is neither in the bundle nor in this file.</source>
        <translation>ia merujuk baris yang tiada dalam bundle mahupun dalam fail ini.</translation>
    </message>
    <message>
        <source>a value that must be unique is already taken by another row here.</source>
        <translation>nilai yang mesti unik sudah digunakan oleh baris lain di sini.</translation>
    </message>
    <message>
        <source>a value is not allowed here.</source>
        <translation>nilai tidak dibenarkan di sini.</translation>
    </message>
    <message>
        <source>%1 (%2 %3): %4 Nothing was merged.</source>
        <translation>%1 (%2 %3): %4 Tiada apa-apa digabungkan.</translation>
    </message>
</context>
<context>
    <name>ad::SyncReportDialog</name>
    <message>
        <source>Sync Bundle Merged</source>
        <translation>Bundle Penyegerakan Digabungkan</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Jadual</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Di sini</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>Dalam bundle</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>the bundle&apos;s newer version won</source>
        <translation>versi bundle yang lebih baharu menang</translation>
    </message>
    <message>
        <source>ours was newer and was kept</source>
        <translation>versi kita lebih baharu dan dikekalkan</translation>
    </message>
    <message>
        <source>This bundle was merged before; nothing changed.</source>
        <translation>Bundle ini telah digabungkan sebelum ini; tiada apa-apa berubah.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle from %1: %2 new, %3 updated, %4 unchanged, %5 kept ours (newer), %6 matched under another id, %7 skipped (erased people), %8 people erased here too. %n conflicts.</source>
        <translation>
            <numerusform>Bundle daripada %1: %2 baharu, %3 dikemas kini, %4 tidak berubah, %5 versi kita dikekalkan (lebih baharu), %6 dipadankan di bawah id lain, %7 dilangkau (individu yang dipadam), %8 individu turut dipadam di sini. %n konflik.</numerusform>
        </translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>seorang rakan sekerja</translation>
    </message>
</context>
<context>
    <name>ad::SyncRowCheck</name>
    <message>
        <source>no such column in this table.</source>
        <translation>tiada lajur sedemikian dalam jadual ini.</translation>
    </message>
    <message>
        <source>a value is required.</source>
        <translation>nilai diperlukan.</translation>
    </message>
    <message>
        <source>a number is required.</source>
        <translation>nombor diperlukan.</translation>
    </message>
    <message>
        <source>a whole number is required.</source>
        <translation>nombor bulat diperlukan.</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3.</source>
        <translation>%1 di luar %2–%3.</translation>
    </message>
    <message>
        <source>%1 is not allowed here.</source>
        <translation>%1 tidak dibenarkan di sini.</translation>
    </message>
    <message>
        <source>text is required.</source>
        <translation>teks diperlukan.</translation>
    </message>
    <message>
        <source>“%1” is not a row id (UUID).</source>
        <translation>“%1” bukan id baris (UUID).</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>“%1” bukan salah satu daripada %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” bukan tarikh.</translation>
    </message>
    <message>
        <source>the year %1 is not believable.</source>
        <translation>tahun %1 tidak munasabah.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 berada pada masa hadapan.</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are allowed.</source>
        <translation>%1 aksara; paling banyak %2 dibenarkan.</translation>
    </message>
    <message>
        <source>contains a control or invisible formatting character.</source>
        <translation>mengandungi aksara kawalan atau aksara format yang tidak kelihatan.</translation>
    </message>
</context>
<context>
    <name>ad::SyncSignature</name>
    <message>
        <source>The signing library could not start.</source>
        <translation>Pustaka tandatangan tidak dapat dimulakan.</translation>
    </message>
    <message>
        <source>This file&apos;s signing key is damaged.</source>
        <translation>Kunci tandatangan fail ini rosak.</translation>
    </message>
    <message>
        <source>%1 is not signed: a bundle must come from Advocate Desk and name who wrote it. Nothing was merged.</source>
        <translation>%1 tidak ditandatangani: bundle mesti datang daripada Advocate Desk dan menamakan penulisnya. Tiada apa-apa digabungkan.</translation>
    </message>
    <message>
        <source>%1 was changed after it was signed (or its signature is damaged). Nothing was merged.</source>
        <translation>%1 telah diubah selepas ditandatangani (atau tandatangannya rosak). Tiada apa-apa digabungkan.</translation>
    </message>
</context>
<context>
    <name>ad::TierReviewPage</name>
    <message>
        <source>Tier Review</source>
        <translation>Semakan Tier</translation>
    </message>
    <message>
        <source>Override Tier</source>
        <translation>Atasi Tier</translation>
    </message>
    <message>
        <source>Set this tier instead:</source>
        <translation>Tetapkan tier ini sebaliknya:</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Luluskan…</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Atasi…</translation>
    </message>
    <message>
        <source>Tier review</source>
        <translation>Semakan tier</translation>
    </message>
    <message>
        <source>Recommended from the last 12 months of contribution points. A tier changes only when a programme manager approves or overrides it, with a reason.</source>
        <translation>Disyorkan daripada mata sumbangan 12 bulan lepas. Tier hanya berubah apabila pengurus program meluluskan atau mengatasinya, dengan sebab.</translation>
    </message>
    <message>
        <source>Update Recommendations</source>
        <translation>Kemas Kini Syor</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation>Tier semasa</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Disyorkan</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 kini %2.</translation>
    </message>
    <message>
        <source>Tier reviews</source>
        <translation>Semakan tier</translation>
    </message>
    <message>
        <source>Updating the recommendations…</source>
        <translation>Mengemas kini syor…</translation>
    </message>
    <message>
        <source>The oldest %1 of %2 reviews; decide these to see the next.</source>
        <translation>%1 semakan tertua daripada %2; putuskan semakan ini untuk melihat yang seterusnya.</translation>
    </message>
    <message>
        <source>Why move %1 from %2 to %3? (A tier decision is not undone with Edit → Undo; a later review can change it again.)</source>
        <translation>Mengapa pindahkan %1 dari %2 ke %3? (Keputusan tier tidak dibuat asal dengan Sunting → Buat Asal; semakan kemudian boleh mengubahnya semula.)</translation>
    </message>
    <message>
        <source>Why set %1 to %2 instead of %3? (A tier decision is not undone with Edit → Undo; a later review can change it again.)</source>
        <translation>Mengapa tetapkan %1 kepada %2 dan bukan %3? (Keputusan tier tidak dibuat asal dengan Sunting → Buat Asal; semakan kemudian boleh mengubahnya semula.)</translation>
    </message>
    <message>
        <source>Only a programme manager approves or overrides a tier; you work as “%1”, who is not one in this programme. Say who you are in Edit → Preferences.</source>
        <translation>Hanya pengurus program yang meluluskan atau mengatasi tier; anda bekerja sebagai “%1”, yang bukan pengurus program dalam program ini. Nyatakan siapa anda dalam Sunting → Keutamaan.</translation>
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
        <translation>(tiada)</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Peringkat perjalanan</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Nomination status</source>
        <translation>Status pencalonan</translation>
    </message>
    <message>
        <source>Consent for %1 revoked by %2</source>
        <translation>Persetujuan untuk %1 ditarik balik oleh %2</translation>
    </message>
    <message>
        <source>Consent for %1 granted, recorded by %2</source>
        <translation>Persetujuan untuk %1 diberikan, direkodkan oleh %2</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3 by %4</source>
        <translation>%1 ditukar daripada %2 kepada %3 oleh %4</translation>
    </message>
    <message>
        <source>Nominated by %1</source>
        <translation>Dicalonkan oleh %1</translation>
    </message>
    <message>
        <source>Nomination moved from %1 to %2 by %3</source>
        <translation>Pencalonan dialihkan daripada %1 ke %2 oleh %3</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, logged by %2</source>
        <translation>%1, dilog oleh %2</translation>
    </message>
    <message>
        <source>Contribution: %1 (%2 points)</source>
        <translation>Sumbangan: %1 (%2 mata)</translation>
    </message>
    <message>
        <source>Appreciation: %1</source>
        <translation>Penghargaan: %1</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Nota oleh %1</translation>
    </message>
    <message>
        <source>Feedback on %1 (%2)</source>
        <translation>Feedback pada %1 (%2)</translation>
    </message>
    <message>
        <source>Feedback on %1, rated %2 (%3)</source>
        <translation>Feedback pada %1, dinilai %2 (%3)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Referral: %1 (%2)</source>
        <translation>Referral: %1 (%2)</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Terbuka kepada</translation>
    </message>
    <message>
        <source>Not open to</source>
        <translation>Tidak terbuka kepada</translation>
    </message>
    <message>
        <source>Activity preference</source>
        <translation>Keutamaan aktiviti</translation>
    </message>
</context>
<context>
    <name>ad::TimelineModel</name>
    <message>
        <source>Nomination</source>
        <translation>Pencalonan</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Perubahan status</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Sumbangan</translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation>Penghargaan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <source>What kind</source>
        <translation>Jenis apa</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang berlaku</translation>
    </message>
</context>
<context>
    <name>ad::Undo</name>
    <message>
        <source>Nominate %1</source>
        <translation>Calonkan %1</translation>
    </message>
    <message>
        <source>Nominated %1.</source>
        <translation>%1 telah dicalonkan.</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Dibuat asal</translation>
    </message>
    <message>
        <source>There is nothing to undo: it is no longer in the programme (another program may have removed it).</source>
        <translation>Tiada apa untuk dibuat asal: ia tiada lagi dalam program (program lain mungkin telah membuangnya).</translation>
    </message>
    <message>
        <source>The advocate has answered this ask since; undo the answer first.</source>
        <translation>Advocate telah menjawab permohonan ini sejak itu; buat asal jawapan itu dahulu.</translation>
    </message>
    <message>
        <source>Advocates were asked for this request since; undo the asks first.</source>
        <translation>Advocate telah diminta untuk permintaan ini sejak itu; buat asal permohonan itu dahulu.</translation>
    </message>
</context>
<context>
    <name>ad::UserFile</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>the disk is full (%1 free on %2).</source>
        <translation>cakera penuh (%1 kosong pada %2).</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Tiada fail output diberikan.</translation>
    </message>
    <message>
        <source>%1 cannot be written: it is not a regular file (a folder, a disk device or a socket).</source>
        <translation>%1 tidak dapat ditulis: ia bukan fail biasa (folder, peranti cakera atau soket).</translation>
    </message>
    <message>
        <source>The output is a server address, not a file: give a file name for it.</source>
        <translation>Output ialah alamat pelayan, bukan fail: berikan nama fail untuknya.</translation>
    </message>
</context>
<context>
    <name>ad::Validation</name>
    <message>
        <source>The advocate does not exist.</source>
        <translation>Advocate tidak wujud.</translation>
    </message>
    <message>
        <source>The activity type does not exist.</source>
        <translation>Jenis aktiviti tidak wujud.</translation>
    </message>
    <message>
        <source>A user name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>There is already a user named “%1”.</source>
        <translation>Sudah ada pengguna bernama “%1”.</translation>
    </message>
    <message>
        <source>An account name</source>
        <translation>Nama akaun</translation>
    </message>
    <message>
        <source>ARR cannot be negative.</source>
        <translation>ARR tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The owning CSM does not exist.</source>
        <translation>CSM pemilik tidak wujud.</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>Akaun tidak wujud.</translation>
    </message>
    <message>
        <source>Unknown activity type.</source>
        <translation>Jenis aktiviti tidak diketahui.</translation>
    </message>
    <message>
        <source>An activity name</source>
        <translation>Nama aktiviti</translation>
    </message>
    <message>
        <source>Points cannot be negative.</source>
        <translation>Mata tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Effort cannot be negative.</source>
        <translation>Usaha tidak boleh negatif.</translation>
    </message>
    <message>
        <source>There is already an activity named “%1”.</source>
        <translation>Sudah ada aktiviti bernama “%1”.</translation>
    </message>
    <message>
        <source>A name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>The journey stage must be between 1 and 5.</source>
        <translation>Peringkat perjalanan mesti antara 1 dan 5.</translation>
    </message>
    <message>
        <source>%1 must be rated from 0 to 5.</source>
        <translation>%1 mesti dinilai dari 0 hingga 5.</translation>
    </message>
    <message>
        <source>Unknown account: choose an existing account or create it first.</source>
        <translation>Akaun tidak diketahui: pilih akaun sedia ada atau cipta dahulu.</translation>
    </message>
    <message>
        <source>The email %1 already belongs to %2.</source>
        <translation>E-mel %1 sudah dimiliki oleh %2.</translation>
    </message>
    <message>
        <source>The consent date</source>
        <translation>Tarikh persetujuan</translation>
    </message>
    <message>
        <source>A consent cannot expire before it was given.</source>
        <translation>Persetujuan tidak boleh tamat tempoh sebelum ia diberikan.</translation>
    </message>
    <message>
        <source>The consent does not exist.</source>
        <translation>Persetujuan tidak wujud.</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The request does not exist.</source>
        <translation>Permintaan tidak wujud.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Kos tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The contribution being thanked is not this advocate’s.</source>
        <translation>Sumbangan yang dihargai bukan milik advocate ini.</translation>
    </message>
    <message>
        <source>The contribution does not exist.</source>
        <translation>Sumbangan tidak wujud.</translation>
    </message>
    <message>
        <source>A source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>The feedback text</source>
        <translation>Teks feedback</translation>
    </message>
    <message>
        <source>A rating is between 0 and 10.</source>
        <translation>Penilaian adalah antara 0 dan 10.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>An account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>The referred company</source>
        <translation>Syarikat yang dirujuk</translation>
    </message>
    <message>
        <source>A referral&apos;s value cannot be negative.</source>
        <translation>Nilai referral tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The referral does not exist.</source>
        <translation>Referral tidak wujud.</translation>
    </message>
</context>
<context>
    <name>ad::validate</name>
    <message>
        <source>An email address is required.</source>
        <translation>Alamat e-mel diperlukan.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>“%1” bukan alamat e-mel yang sah.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 diperlukan.</translation>
    </message>
    <message>
        <source>An NPS score must be between 0 and 10; %1 is not.</source>
        <translation>Skor NPS mesti antara 0 dan 10; %1 tidak.</translation>
    </message>
    <message>
        <source>%1 must be a valid date.</source>
        <translation>%1 mesti tarikh yang sah.</translation>
    </message>
    <message>
        <source>An email address has at most %1 characters; this one has %2.</source>
        <translation>Alamat e-mel mempunyai paling banyak %1 aksara; yang ini mempunyai %2.</translation>
    </message>
    <message>
        <source>“%1” contains an invisible or control character (U+%2).</source>
        <translation>“%1” mengandungi aksara tidak kelihatan atau aksara kawalan (U+%2).</translation>
    </message>
    <message>
        <source>“%1” mixes alphabets (like a Cyrillic “а” among Latin letters), so it looks like another address; type it again.</source>
        <translation>“%1” mencampurkan abjad (seperti “а” Cyril di antara huruf Latin), jadi ia kelihatan seperti alamat lain; taipnya semula.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this database file.</source>
        <translation>Buka fail pangkalan data ini.</translation>
    </message>
    <message>
        <source>Advocate Desk</source>
        <translation>Advocate Desk</translation>
    </message>
</context>
</TS>
