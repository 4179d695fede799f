#include "ChartLook.h"

#include "util/Formats.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDate>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ad {

namespace {

constexpr qreal kLegendInset = 6;
constexpr qreal kLegendSpacing = 14;
constexpr int kChartMargin = 6;
const char *const kPlainTitle = "plainTitle";
const char *const kFullCategories = "fullCategories";
const char *const kShorterCategories = "shorterCategories";

// One entry of a legend: a swatch and what it stands for.
struct LegendEntry
{
    QGraphicsRectItem *swatch;
    QGraphicsTextItem *label;
};

// The entries in rows along the chart's bottom edge, as many rows as they
// need at its width now, and the chart's bottom margin kept free for them.
void layOutLegend(QChart *chart, const QList<LegendEntry> &entries)
{
    const qreal width = chart->size().width() - 2 * kLegendInset;
    if (width <= 0 || entries.isEmpty())
        return;
    const qreal lineHeight = entries.first().label->boundingRect().height() + 2;
    const qreal swatch = std::round(lineHeight * 0.55);
    QList<QPointF> places;
    qreal x = 0;
    int row = 0;
    for (const LegendEntry &entry : entries) {
        const qreal entryWidth = swatch + 5 + entry.label->boundingRect().width();
        if (x > 0 && x + entryWidth > width) {
            x = 0;
            ++row;
        }
        places << QPointF(x, row * lineHeight);
        x += entryWidth + kLegendSpacing;
    }
    const qreal height = (row + 1) * lineHeight;
    const QPointF origin(kLegendInset, chart->size().height() - kLegendInset - height);
    for (int i = 0; i < entries.size(); ++i) {
        const QPointF at = origin + places[i];
        entries[i].swatch->setRect(at.x(), at.y() + (lineHeight - swatch) / 2, swatch, swatch);
        entries[i].label->setPos(at.x() + swatch + 5, at.y() + 1);
    }
    QMargins margins = chart->margins();
    margins.setBottom(int(std::ceil(height + kLegendInset + 4)));
    chart->setMargins(margins);
}

// Where a title too wide for one line breaks: before its "(…)" when what
// precedes fits, else at the space nearest the middle, else (a script without
// spaces) in the middle.
int breakOf(const QString &title, const QFontMetricsF &metrics, qreal room)
{
    for (const QString &open : {QStringLiteral(" ("), QStringLiteral("（"), QStringLiteral("(")}) {
        const qsizetype at = title.lastIndexOf(open);
        if (at > 0 && metrics.horizontalAdvance(title.left(at)) <= room)
            return int(at);
    }
    const qsizetype middle = title.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < title.size(); ++i)
        if (title.at(i).isSpace() && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    return int(best > 0 ? best : middle);
}

// Qt writes a title on one line and shortens it to what fits ("Win rate with
// vs without a reference (influenced revenue $3..."): a title wider than the
// chart takes two lines instead.
void fitTitle(QChart *chart)
{
    const QString title = ChartLook::plainTitle(chart);
    const QFontMetricsF metrics(chart->titleFont());
    const qreal room = chart->size().width() - 4 * kChartMargin;
    QString shown = title.toHtmlEscaped();
    if (room > 0 && metrics.horizontalAdvance(title) > room) {
        const int at = breakOf(title, metrics, room);
        shown = title.left(at).trimmed().toHtmlEscaped() + QStringLiteral("<br>") +
                title.mid(at).trimmed().toHtmlEscaped();
    }
    if (chart->title() != shown)
        chart->setTitle(shown);
}

// Qt gives a label beside its neighbours along the bottom a slot of the
// axis's width over the categories and two more, less its padding; a label on
// the left, up to 40% of the chart's width (qtcharts' CartesianChartLayout
// and HorizontalAxis). Wider, Qt shortens it to "Advocate acco...".
constexpr qreal kLabelPadding = 2 * 6;

qreal widestLine(const QString &label, const QFontMetricsF &metrics)
{
    qreal widest = 0;
    for (const QString &line : label.split(QStringLiteral("<br>")))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

// `label` over as many lines as it takes to keep each within `room`: before
// its "(…)" when that is enough, else word by word; text without spaces (a
// Chinese label) in pieces.
QString wrapped(const QString &label, const QFontMetricsF &metrics, qreal room)
{
    if (metrics.horizontalAdvance(label) <= room)
        return label;
    if (const qsizetype open = label.lastIndexOf(QStringLiteral(" (")); open > 0) {
        const QString head = label.left(open), tail = label.mid(open + 1);
        if (metrics.horizontalAdvance(head) <= room && metrics.horizontalAdvance(tail) <= room)
            return head + QStringLiteral("<br>") + tail;
    }
    const bool words = label.contains(QLatin1Char(' '));
    QStringList pieces;
    if (words) {
        pieces = label.split(QLatin1Char(' '));
    } else {
        // Between characters, but never inside a number or a Latin word:
        // "2025年12月" may break as "2025年" and "12月", not "202" and "5年1".
        static const QRegularExpression piece(QStringLiteral("[0-9A-Za-z.,%+]+|."));
        for (auto match = piece.globalMatch(label); match.hasNext();)
            pieces << match.next().captured();
    }
    const QString joiner = words ? QStringLiteral(" ") : QString();
    QStringList lines;
    for (const QString &piece : pieces) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.last() + joiner + piece) <= room)
            lines.last() += joiner + piece;
        else
            lines << piece;
    }
    return lines.join(QStringLiteral("<br>"));
}

// The labels of every category axis, for the chart's width now: whole on one
// line when they fit; else broken over lines (along the bottom), or the
// shorter labels the chart offers (on the left, where a second line has no
// height to go to); else, along the bottom, standing upright.
void fitCategories(QChart *chart)
{
    const qreal width = chart->size().width() - 2 * kChartMargin;
    if (width <= 0)
        return;
    for (QAbstractAxis *axis : chart->axes()) {
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        if (!categories || categories->count() == 0)
            continue;
        if (!categories->property(kFullCategories).isValid())
            categories->setProperty(kFullCategories, categories->categories());
        const QStringList full = categories->property(kFullCategories).toStringList();
        const QStringList shorter = categories->property(kShorterCategories).toStringList();
        const bool along =
            categories->alignment() == Qt::AlignBottom || categories->alignment() == Qt::AlignTop;
        const QFontMetricsF metrics(categories->labelsFont());
        const qreal room = along ? width / (full.size() + 2) - kLabelPadding : width * 0.4 - kLabelPadding;
        auto fitting = [&](const QStringList &labels, bool wrap) -> std::optional<QStringList> {
            QStringList shown;
            for (const QString &label : labels) {
                shown << (wrap ? wrapped(label, metrics, room) : label);
                // A third line is a label in pieces: better upright and whole.
                if (widestLine(shown.last(), metrics) > room ||
                    shown.last().count(QStringLiteral("<br>")) > 1)
                    return std::nullopt;
            }
            return shown;
        };
        std::optional<QStringList> shown = fitting(full, false);
        if (!shown && along)
            shown = fitting(full, true);
        if (!shown && shorter.size() == full.size())
            shown = fitting(shorter, along);
        const bool upright = !shown && along;
        if (!shown)
            shown = shorter.size() == full.size() ? shorter : full;
        if (categories->categories() != *shown)
            categories->setCategories(*shown);
        categories->setLabelsAngle(upright ? -90 : 0);
    }
}

} // namespace

QChart *ChartLook::newChart(const QString &title, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setProperty(kPlainTitle, title);
    chart->setTitle(title.toHtmlEscaped());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundPen(QPen(palette.mid().color()));
    chart->setTitleBrush(palette.text());
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(palette.text().color());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(kChartMargin, kChartMargin, kChartMargin, kChartMargin));
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart] {
        fitTitle(chart);
        fitCategories(chart);
    });
    return chart;
}

QString ChartLook::plainTitle(const QChart *chart)
{
    const QVariant plain = chart->property(kPlainTitle);
    return plain.isValid() ? plain.toString() : chart->title();
}

void ChartLook::styleAxes(QChart *chart, const QPalette &palette)
{
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(palette.text());
        axis->setTitleBrush(palette.text());
        QColor grid = palette.text().color();
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(palette.mid().color());
    }
}

void ChartLook::styleBarLabels(QAbstractBarSeries *series, const QPalette &palette)
{
    // Inside a bar a number would need the bar's contrast, which a short bar
    // does not have; after its end it stands on the chart's own background.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    for (QBarSet *set : series->barSets())
        set->setLabelColor(palette.text().color());
}

void ChartLook::wrapLegendBelow(QChart *chart, const QPalette &palette)
{
    // Qt's legend keeps to one row below a chart and shortens what does not
    // fit ("Reference c..."), and wrapped (detached) it runs a row past the
    // edge when a long entry follows a short one. This one wraps as text does.
    chart->legend()->hide();
    QList<std::pair<QColor, QString>> shown;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                shown.append({set->color(), set->label()});
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            shown.append({line->pen().color(), line->name()});
        }
    }
    QList<LegendEntry> entries;
    for (const auto &[colour, text] : shown) {
        auto *swatch = new QGraphicsRectItem(chart);
        swatch->setBrush(colour);
        swatch->setPen(Qt::NoPen);
        // A text item lays out its text as Qt's own chart labels do, so it
        // keeps its measured width when the PDF report draws it at 96 dpi.
        auto *label = new QGraphicsTextItem(chart);
        label->document()->setDocumentMargin(0);
        label->setFont(chart->legend()->font());
        label->setDefaultTextColor(palette.text().color());
        label->setPlainText(text);
        entries << LegendEntry{swatch, label};
    }
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart,
                     [chart, entries] { layOutLegend(chart, entries); });
    layOutLegend(chart, entries);
}

void ChartLook::setShorterCategories(QBarCategoryAxis *axis, const QStringList &shorter)
{
    axis->setProperty(kShorterCategories, shorter);
}

QStringList ChartLook::monthLabels(const QStringList &months)
{
    // The years go in the axis title (monthSpan()): every label stays one
    // short word. A category axis takes each label once, so a month name that
    // comes round again carries invisible zero-width spaces to tell it apart.
    QStringList labels;
    for (const QString &month : months) {
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        QString label = first.isValid() ? Formats::month(first, false) : month;
        while (labels.contains(label))
            label += QChar(0x200B);
        labels << label;
    }
    return labels;
}

QString ChartLook::monthSpan(const QStringList &months)
{
    if (months.isEmpty())
        return {};
    if (months.size() == 1)
        return monthName(months.first());
    return tr("%1 – %2").arg(monthName(months.first()), monthName(months.last()));
}

QString ChartLook::monthName(const QString &month)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? Formats::month(first, true) : month;
}

} // namespace ad
