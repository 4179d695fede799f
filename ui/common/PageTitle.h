#pragma once

class QLabel;
class QString;
class QWidget;

namespace ad {

// The large bold heading every page starts with, so all pages look alike.
QLabel *makePageTitle(const QString &text, QWidget *parent);

} // namespace ad
