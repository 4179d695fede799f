<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<!-- Qt's own texts that Debian's qtbase_zh_TW.qm (qt6-translations-l10n)
     leaves out. Kept by hand: not updated by lupdate. -->
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI 首個強方向隔離</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI 結束方向隔離</translation>
    </message>
</context>
</TS>
