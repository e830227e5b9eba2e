#include "containerinspectwidget.h"

#include "api/containertypes.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/theme.h"
#include "shell/zoom.h"
#include "shell/language.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace dx {

ContainerInspectWidget::ContainerInspectWidget(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("inspectText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(Zoom::fixedFont());
    m_search->setClearButtonEnabled(true);
    m_search->addAction(services->icons()->icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    auto *prev = new QToolButton(this);
    prev->setIcon(services->icons()->icon(QStringLiteral("up")));
    auto *next = new QToolButton(this);
    next->setIcon(services->icons()->icon(QStringLiteral("down")));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    bar->addWidget(prev);
    bar->addWidget(next);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(m_search, &QLineEdit::textChanged, this, &ContainerInspectWidget::highlightAll);
    connect(prev, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(true); });
    clear();
    retranslate(this, [=] {
        m_search->setPlaceholderText(tr("Search the JSON"));
        prev->setToolTip(tr("Previous match"));
        next->setToolTip(tr("Next match (Enter)"));
    });
}

void ContainerInspectWidget::clear()
{
    setDetails({});
}

void ContainerInspectWidget::setDetails(const ContainerDetails &details, const QString &error)
{
    if (error.isEmpty() && !details.raw.isEmpty() && details.raw == m_shown)
        return;
    // The same container re-read after an event: stay where the reader was.
    const bool sameContainer = !details.id.isEmpty() && details.id == m_shownId;
    const int scroll = m_text->verticalScrollBar()->value();
    m_shown = error.isEmpty() ? details.raw : QJsonObject();
    m_shownId = details.id;
    if (!error.isEmpty())
        m_text->setPlainText(tr("Could not inspect the container: %1").arg(error));
    else if (details.raw.isEmpty())
        m_text->setPlainText(tr("Select a container to see its full configuration (docker inspect)."));
    else
        m_text->setPlainText(QString::fromUtf8(QJsonDocument(details.raw).toJson(QJsonDocument::Indented)));
    if (sameContainer)
        m_text->verticalScrollBar()->setValue(scroll);
    highlightAll();
}

QString ContainerInspectWidget::text() const
{
    return m_text->toPlainText();
}

void ContainerInspectWidget::findNext(bool forward)
{
    const QString term = m_search->text();
    if (term.isEmpty())
        return;
    const QTextDocument::FindFlags flags = forward ? QTextDocument::FindFlags() : QTextDocument::FindBackward;
    if (!m_text->find(term, flags)) {
        // Wrap around.
        QTextCursor cursor = m_text->textCursor();
        cursor.movePosition(forward ? QTextCursor::Start : QTextCursor::End);
        m_text->setTextCursor(cursor);
        m_text->find(term, flags);
    }
}

void ContainerInspectWidget::highlightAll()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString term = m_search->text();
    if (!term.isEmpty()) {
        QColor color = Theme::warning();
        color.setAlpha(110);
        QTextCursor cursor(m_text->document());
        while (selections.size() < 5000) {
            cursor = m_text->document()->find(term, cursor);
            if (cursor.isNull())
                break;
            QTextEdit::ExtraSelection s;
            s.cursor = cursor;
            s.format.setBackground(color);
            selections.append(s);
        }
        m_status->setText(selections.isEmpty() ? tr("No match") : tr("%n match(es)", nullptr, int(selections.size())));
    } else {
        m_status->clear();
    }
    m_text->setExtraSelections(selections);
}

} // namespace dx
