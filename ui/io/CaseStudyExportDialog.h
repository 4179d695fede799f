#pragma once

#include "io/CaseStudyExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ad {

class Services;

// Exports the list of advocates marketing may name: filters, a format (CSV,
// JSON or PDF) and a file. Only assets with a current consent are included.
class CaseStudyExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format
    {
        Csv,
        Json,
        Pdf
    };

    explicit CaseStudyExportDialog(Services &services, QWidget *parent = nullptr);

    CaseStudyFilter filter() const;
    void setFilter(const CaseStudyFilter &filter);
    Format format() const;
    void setFormat(Format format);
    // Writes the export; returns how many advocates it holds.
    Result<int> exportTo(const QString &path);
    QLabel *resultLabel() const { return m_result; }
    // What an export with the current filter would hold, before it is written.
    QLabel *previewLabel() const { return m_preview; }
    void updatePreview();

private:
    void chooseAndExport();

    Services &m_services;
    QLineEdit *m_industry;
    QLineEdit *m_region;
    QComboBox *m_segment;
    QLineEdit *m_product;
    QComboBox *m_tier;
    QComboBox *m_format;
    QCheckBox *m_anonymise;
    QLabel *m_result;
    QLabel *m_preview = nullptr;
};

} // namespace ad
