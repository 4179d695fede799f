#include "ProgrammeReport.h"

#include "DashboardCharts.h"
#include "KpiSummary.h"
#include "io/UserFile.h"
#include "util/Formats.h"

#include <QBuffer>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>

namespace ad {

namespace {

constexpr int kChartsPerPage = 3;
constexpr int kDpi = 96; // one PDF unit per screen pixel: charts keep their on-screen proportions

QFont scaled(const QFont &base, qreal factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// Draws `text` at the top of `area` and returns how far down it reached.
int line(QPainter &painter, const QRect &area, int y, const QFont &font, const QString &text)
{
    painter.setFont(font);
    const QRect box =
        painter.boundingRect(QRect(area.left(), y, area.width(), area.height()), Qt::TextWordWrap, text);
    painter.drawText(box, Qt::TextWordWrap, text);
    return box.bottom() + 1;
}

void drawHeader(QPainter &painter, const QRect &page, const DashboardResult &result, const QDate &generatedOn)
{
    // No ligatures: "fulfil" stays five letters a reader can search and copy.
    QFont base = painter.font();
    base.setStyleStrategy(QFont::PreferNoShaping);
    int y = line(painter, page, page.top(), scaled(base, 2.0, true), ProgrammeReport::title());
    y = line(painter, page, y + 8, scaled(base, 1.2),
             ProgrammeReport::tr("Range: %1").arg(KpiSummary::range(result.query)));
    y = line(
        painter, page, y + 2, scaled(base, 1.2),
        ProgrammeReport::tr("Previous period: %1").arg(KpiSummary::range(previousPeriodOf(result.query))));
    y = line(painter, page, y + 2, scaled(base, 1.2),
             ProgrammeReport::tr("Filters: %1").arg(KpiSummary::filters(result.query)));
    y = line(painter, page, y + 2, base,
             ProgrammeReport::tr("Prepared on %1").arg(Formats::date(generatedOn)));

    // The KPI table: name, this period, previous period.
    y += 24;
    const int nameWidth = page.width() / 2;
    const int valueWidth = page.width() / 4;
    const int rowHeight = QFontMetrics(base, painter.device()).height() + 10;
    painter.setFont(scaled(base, 1.0, true));
    auto cells = [&](const QString &name, const QString &now, const QString &before) {
        painter.drawText(QRect(page.left() + 6, y, nameWidth - 6, rowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, name);
        painter.drawText(QRect(page.left() + nameWidth, y, valueWidth - 12, rowHeight),
                         Qt::AlignVCenter | Qt::AlignRight, now);
        painter.drawText(QRect(page.left() + nameWidth + valueWidth, y, valueWidth - 12, rowHeight),
                         Qt::AlignVCenter | Qt::AlignRight, before);
        y += rowHeight;
    };
    painter.fillRect(QRect(page.left(), y, page.width(), rowHeight), QColor(0xe8, 0xee, 0xf6));
    cells(ProgrammeReport::tr("KPI"), ProgrammeReport::tr("This period"),
          ProgrammeReport::tr("Previous period"));
    painter.setFont(base);
    bool shaded = false;
    // A table on paper has room for every digit.
    for (const KpiLine &kpi : KpiSummary::lines(result.current, result.previous, result.currency)) {
        if (shaded)
            painter.fillRect(QRect(page.left(), y, page.width(), rowHeight), QColor(0xf5, 0xf7, 0xfa));
        shaded = !shaded;
        cells(kpi.name, kpi.currentFull, kpi.previousFull);
    }
    painter.setPen(QColor(0x9a, 0xa0, 0xa6));
    painter.drawLine(page.left(), y, page.right(), y);
    painter.setPen(Qt::black);
}

// Renders a chart as vectors: a scene without a view needs no screen.
void drawChart(QPainter &painter, QChart *chart, const QRect &target)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene deletes it
    chart->resize(target.size());
    // What the resize changed (the legend's rows, labels that now fit) is
    // laid out at the next event loop, which a PDF drawn now does not wait for.
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    scene.render(&painter, target, QRectF(QPointF(0, 0), target.size()));
}

QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Mid, QColor(0xc8, 0xcc, 0xd2));
    return palette;
}

} // namespace

QString ProgrammeReport::title()
{
    return tr("Advocacy Programme Report");
}

int ProgrammeReport::pageCount()
{
    return 1 + int((DashboardCharts::keys().size() + kChartsPerPage - 1) / kChartsPerPage);
}

QByteArray ProgrammeReport::render(const DashboardResult &result, const QDate &generatedOn)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(kDpi);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Advocate Desk"));
        QPainter painter(&writer);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRect page(0, 0, writer.width(), writer.height());
        drawHeader(painter, page, result, generatedOn);

        const QList<ChartSpec> charts =
            DashboardCharts::build(result.current, result.currency, printPalette(), {});
        const int gap = 16;
        const int chartHeight = (page.height() - gap * (kChartsPerPage - 1)) / kChartsPerPage;
        for (int i = 0; i < charts.size(); ++i) {
            if (i % kChartsPerPage == 0)
                writer.newPage();
            const int slot = i % kChartsPerPage;
            drawChart(painter, charts[i].chart,
                      QRect(0, slot * (chartHeight + gap), page.width(), chartHeight));
        }
    } // the writer finishes the file when it goes
    return buffer.data();
}

Status ProgrammeReport::write(const QString &path, const DashboardResult &result, const QDate &generatedOn)
{
    return UserFile::write(path, render(result, generatedOn), UserFile::Contents::PersonalData);
}

} // namespace ad
