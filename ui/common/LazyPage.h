#pragma once

#include <QWidget>

#include <functional>

namespace ad {

// A page (of the main window, of a tab widget) that is built the first time it is shown (or
// asked for). Building every page up front made the window's first paint wait
// for pages nobody had opened: their widgets, their layouts, their queries.
class LazyPage : public QWidget
{
    Q_OBJECT

public:
    using Builder = std::function<QWidget *(QWidget *parent)>;

    explicit LazyPage(Builder build, QWidget *parent = nullptr);

    // The page, built now if it was not yet.
    QWidget *page();
    // The page if it was built, else nullptr.
    QWidget *builtPage() const { return m_page; }

signals:
    void built(QWidget *page);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Builder m_build;
    QWidget *m_page = nullptr;
};

} // namespace ad
