<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>RankSuggestionDialog</name>
    <message>
        <location filename="../../ui/roster_rank_dialog.py" line="36" />
        <location filename="../../ui/roster_rank_dialog.py" line="39" />
        <source>建议位次</source>
        <translation>Suggested ranking</translation>
    </message>
    <message>
        <location filename="../../ui/roster_rank_dialog.py" line="37" />
        <source>按职务和类别自动排出的位次（仅供参考）。确认后写入位次，之后仍可拖动或上移/下移调整；可撤销。</source>
        <translation>A ranking worked out from titles and categories (a suggestion). Confirming writes the ranks; you can still drag or move people afterwards, and undo.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_rank_dialog.py" line="39" />
        <source>原位次</source>
        <translation>Current rank</translation>
    </message>
    <message>
        <location filename="../../ui/roster_rank_dialog.py" line="39" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/roster_rank_dialog.py" line="39" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/roster_rank_dialog.py" line="40" />
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/roster_rank_dialog.py" line="40" />
        <source>层级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/roster_rank_dialog.py" line="41" />
        <source>采用建议位次</source>
        <translation>Use the suggested ranking</translation>
    </message>
</context>
</TS>