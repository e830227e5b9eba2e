#include "systemview.h"

#include "diskusagechart.h"

#include "engine/engine.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"
#include "shell/theme.h"
#include "system/diskusagemodel.h"
#include "system/systemoverview.h"

#include <QAction>
#include <QBoxLayout>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

namespace dx {

namespace {

// The facts panel's rows, in order: object name of the value label and its label text.
struct Fact
{
    const char *key;
    const char *label;
};

constexpr Fact Facts[] = {
    {"engine", QT_TRANSLATE_NOOP("dx::SystemView", "Engine")},
    {"api", QT_TRANSLATE_NOOP("dx::SystemView", "API version")},
    {"os", QT_TRANSLATE_NOOP("dx::SystemView", "System")},
    {"arch", QT_TRANSLATE_NOOP("dx::SystemView", "Architecture")},
    {"storage", QT_TRANSLATE_NOOP("dx::SystemView", "Storage driver")},
    {"cgroup", QT_TRANSLATE_NOOP("dx::SystemView", "Cgroups")},
    {"rootless", QT_TRANSLATE_NOOP("dx::SystemView", "Rootless")},
    {"cpus", QT_TRANSLATE_NOOP("dx::SystemView", "CPUs")},
    {"memory", QT_TRANSLATE_NOOP("dx::SystemView", "Memory")},
    {"root", QT_TRANSLATE_NOOP("dx::SystemView", "Data folder")},
};

QString factName(const char *key)
{
    return QStringLiteral("fact-") + QLatin1String(key);
}

} // namespace

SystemView::SystemView(AppServices *services, QWidget *parent)
    : View(services, parent),
      m_overview(new SystemOverview(services->session()->api(), services->session()->containers(),
                                    services->session()->images(), services->session()->volumes(), this)),
      m_chart(new DiskUsageChart(m_overview->model(), this)),
      m_message(new QLabel(this))
{
    m_overview->setActive(false); // until the page is shown
    auto *layout = new QVBoxLayout(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("systemMessage"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *usageBox = new QGroupBox(this);
    auto *usageLayout = new QVBoxLayout(usageBox);
    m_legend = new QLabel(usageBox);
    m_legend->setWordWrap(true);
    usageLayout->addWidget(m_legend);
    usageLayout->addWidget(m_chart);
    usageLayout->addStretch(1);
    auto *factsBox = new QGroupBox(this);
    auto *factsLayout = new QVBoxLayout(factsBox);
    factsLayout->addWidget(createFacts());
    factsLayout->addStretch(1);
    m_top = new QBoxLayout(QBoxLayout::LeftToRight);
    m_top->addWidget(usageBox, 3);
    m_top->addWidget(factsBox, 2);
    layout->addLayout(m_top);

    auto *cleanBox = new QGroupBox(this);
    auto *cleanLayout = new QVBoxLayout(cleanBox);
    cleanLayout->addWidget(createCleanUp());
    layout->addWidget(cleanBox, 1);

    m_refresh = new QAction(services->icons()->icon(QStringLiteral("refresh")), QString(), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refresh);
    connect(m_refresh, &QAction::triggered, this, [this] {
        showMessage({});
        m_overview->refresh(CallContext::user());
    });
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text) == QMessageBox::Yes;
    };

    connect(m_overview, &SystemOverview::usageChanged, this, &SystemView::updateCleanUp);
    connect(m_overview, &SystemOverview::factsChanged, this, &SystemView::updateFacts);
    connect(m_overview, &SystemOverview::errorOccurred, this, [this](const QString &e) { showMessage(e, true); });
    connect(m_overview, &SystemOverview::loadingChanged, this, [this](bool loading) { m_refresh->setEnabled(!loading); });
    connect(services->engine(), &Engine::connectedChanged, this, &SystemView::updateFacts);

    retranslate(this, [=] {
        usageBox->setTitle(tr("Disk Usage"));
        factsBox->setTitle(tr("Engine"));
        cleanBox->setTitle(tr("Clean Up"));
        m_legend->setText(tr("<span style=\"color:%1\">&#9632;</span> kept &nbsp; "
                             "<span style=\"color:%2\">&#9632;</span> reclaimable: a clean-up can free it")
                              .arg(Theme::accent().name(), Theme::warning().name()));
        m_refresh->setText(tr("Refresh"));
        m_refresh->setToolTip(tr("Count the disk usage again and read the engine's facts (F5)"));
        m_pruneButton->setText(tr("Clean Up…"));
        updateFacts();
        updateCleanUp();
    });
}

SystemView::~SystemView() = default;

QWidget *SystemView::createFacts()
{
    auto *panel = new QWidget(this);
    m_facts = new QFormLayout(panel);
    m_facts->setContentsMargins(0, 0, 0, 0);
    m_facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const Fact &fact : Facts) {
        auto *value = new QLabel(panel);
        value->setObjectName(factName(fact.key));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_facts->addRow(new QLabel(panel), value);
    }
    return panel;
}

QWidget *SystemView::createCleanUp()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_kinds = new QListWidget(panel);
    m_kinds->setObjectName(QStringLiteral("pruneKinds"));
    m_kinds->setWordWrap(true);
    m_kinds->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_kinds->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_kinds->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    for (PruneKind kind : PrunePlan::allKinds()) {
        auto *item = new QListWidgetItem(m_kinds);
        item->setData(Qt::UserRole, int(kind));
    }
    m_kinds->setCurrentRow(0);
    layout->addWidget(m_kinds);
    m_rule = new QLabel(panel);
    m_rule->setWordWrap(true);
    layout->addWidget(m_rule);
    m_preview = new QTreeWidget(panel);
    m_preview->setObjectName(QStringLiteral("prunePreview"));
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setColumnCount(2);
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    m_preview->setMinimumHeight(fontMetrics().height() * 5);
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_preview, 1);
    auto *buttons = new QHBoxLayout;
    m_summary = new QLabel(panel);
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_pruneButton = new QPushButton(services()->icons()->icon(QStringLiteral("prune")), QString(), panel);
    m_pruneButton->setObjectName(QStringLiteral("pruneButton"));
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_pruneButton);
    layout->addLayout(buttons);
    connect(m_kinds, &QListWidget::currentRowChanged, this, &SystemView::updatePreview);
    connect(m_pruneButton, &QPushButton::clicked, this, &SystemView::pruneSelected);
    return panel;
}

bool SystemView::isLoading() const
{
    return services()->engine()->isConnected() && (!m_overview->isLoaded() || !m_overview->hasFacts());
}

QList<QAction *> SystemView::toolBarActions() const
{
    return {m_refresh};
}

QString SystemView::messageText() const
{
    return m_message->text();
}

QString SystemView::factText(const QString &objectName) const
{
    auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void SystemView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Theme::danger().name()) : QString());
    m_message->setVisible(!text.isEmpty());
}

void SystemView::showEvent(QShowEvent *event)
{
    View::showEvent(event);
    m_overview->setActive(true);
}

void SystemView::hideEvent(QHideEvent *event)
{
    View::hideEvent(event);
    m_overview->setActive(false);
}

void SystemView::resizeEvent(QResizeEvent *event)
{
    View::resizeEvent(event);
    // Side by side while both have room; one above the other on a narrow (zoomed) window.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const auto direction = width() < em * 44 ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_top->direction() != direction)
        m_top->setDirection(direction);
    fitKinds();
}

// The kinds list shows its four rows, however they wrap.
void SystemView::fitKinds()
{
    {
        int height = 2 * m_kinds->frameWidth();
        for (int r = 0; r < m_kinds->count(); ++r)
            height += m_kinds->sizeHintForRow(r);
        m_kinds->setFixedHeight(height);
    }
}

void SystemView::updateFacts()
{
    const QLocale locale;
    const SystemInfo &info = m_overview->info();
    const VersionInfo &version = m_overview->version();
    const EngineInfo &engine = services()->engine()->info();
    const bool known = m_overview->hasFacts() && engine.isConnected();
    const auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; };
    QStringList values;
    const QString product = !version.platformName.isEmpty() ? version.platformName : engine.product;
    values << orDash(QStringList{product, info.serverVersion}.join(QLatin1Char(' ')).trimmed());
    values << (engine.serverApiVersion.isEmpty() || engine.serverApiVersion == engine.apiVersion
                   ? orDash(engine.apiVersion)
                   : tr("%1 (the engine speaks up to %2)").arg(engine.apiVersion, engine.serverApiVersion));
    values << orDash(info.operatingSystem);
    values << orDash(info.architecture);
    values << orDash(info.storageDriver);
    values << (info.cgroupVersion.isEmpty() ? orDash(info.cgroupDriver)
                                            : tr("%1, version %2").arg(orDash(info.cgroupDriver), info.cgroupVersion));
    values << (info.rootless ? tr("Yes: the engine runs as an ordinary user") : tr("No: the engine runs as root"));
    values << locale.toString(info.cpus);
    values << locale.formattedDataSize(info.memTotal);
    values << orDash(info.dockerRootDir);
    for (int i = 0; i < int(std::size(Facts)); ++i) {
        if (auto *label = qobject_cast<QLabel *>(m_facts->itemAt(i, QFormLayout::LabelRole)->widget()))
            label->setText(tr(Facts[i].label));
        if (auto *value = qobject_cast<QLabel *>(m_facts->itemAt(i, QFormLayout::FieldRole)->widget()))
            value->setText(known ? values.value(i) : QStringLiteral("—"));
    }
}

QString SystemView::kindTitle(PruneKind kind) const
{
    switch (kind) {
    case PruneKind::DanglingImages: return tr("Dangling images");
    case PruneKind::UnusedImages: return tr("Unused images");
    case PruneKind::StoppedContainers: return tr("Stopped containers");
    case PruneKind::BuildCache: return tr("Build cache");
    }
    return {};
}

QString SystemView::kindRule(PruneKind kind) const
{
    switch (kind) {
    case PruneKind::DanglingImages:
        return tr("Images without a name that no container uses: usually left over when a newer build took their name.");
    case PruneKind::UnusedImages:
        return tr("Every image no container uses, named or not (stopped containers count as users). "
                  "To use one again it must be pulled or built again.");
    case PruneKind::StoppedContainers:
        return tr("Containers that are not running, with the files they changed. Volumes stay.");
    case PruneKind::BuildCache:
        return tr("Build steps kept to make later builds faster, when no build uses them now. "
                  "The next build runs those steps again.");
    }
    return {};
}

QString SystemView::itemText(const PruneItem &item) const
{
    if (item.name == QLatin1String("<none>:<none>")) {
        QString id = item.id;
        if (id.startsWith(QLatin1String("sha256:")))
            id.remove(0, 7);
        return tr("<no name> %1").arg(id.left(12));
    }
    return item.name;
}

void SystemView::updateCleanUp()
{
    const QLocale locale;
    for (int r = 0; r < m_kinds->count(); ++r) {
        QListWidgetItem *item = m_kinds->item(r);
        const auto kind = PruneKind(item->data(Qt::UserRole).toInt());
        const PrunePreview preview = m_overview->preview(kind);
        QString text;
        if (!m_overview->isLoaded())
            text = kindTitle(kind);
        else if (!preview.supported)
            text = tr("%1: not available on this engine").arg(kindTitle(kind));
        else if (preview.items.isEmpty())
            text = tr("%1: nothing to remove").arg(kindTitle(kind));
        else
            text = tr("%1: %n to remove, %2", nullptr, int(preview.items.size()))
                       .arg(kindTitle(kind), locale.formattedDataSize(preview.bytes));
        item->setText(text);
    }
    updatePreview();
    fitKinds();
}

void SystemView::updatePreview()
{
    const QLocale locale;
    const PruneKind kind = selectedKind();
    const PrunePreview preview = m_overview->preview(kind);
    m_preview->setHeaderLabels({tr("Would be removed"), tr("Frees")});
    m_preview->clear();
    m_rule->setText(kindRule(kind));
    QList<QTreeWidgetItem *> rows;
    for (const PruneItem &item : preview.items) {
        auto *row = new QTreeWidgetItem({itemText(item), locale.formattedDataSize(item.size)});
        row->setToolTip(0, item.id);
        row->setData(0, Qt::UserRole, item.id);
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        rows << row;
    }
    m_preview->addTopLevelItems(rows);
    if (!m_overview->isLoaded())
        m_summary->setText(tr("Counting…"));
    else if (!preview.supported)
        m_summary->setText(tr("This engine reports no build cache, or cannot clean up only part of it."));
    else if (preview.items.isEmpty())
        m_summary->setText(tr("Nothing to remove."));
    else
        m_summary->setText((preview.atLeast ? tr("At least %1 comes back.") : tr("%1 comes back."))
                               .arg(locale.formattedDataSize(preview.bytes)));
    m_pruneButton->setEnabled(!m_pruning && m_overview->isLoaded() && preview.supported && !preview.items.isEmpty());
}

void SystemView::selectKind(PruneKind kind)
{
    m_kinds->setCurrentRow(int(PrunePlan::allKinds().indexOf(kind)));
}

PruneKind SystemView::selectedKind() const
{
    const QListWidgetItem *item = m_kinds->currentItem();
    return item ? PruneKind(item->data(Qt::UserRole).toInt()) : PruneKind::DanglingImages;
}

QString SystemView::confirmationText(const PrunePreview &preview) const
{
    const QLocale locale;
    constexpr int Shown = 12;
    QStringList names;
    for (const PruneItem &item : preview.items.mid(0, Shown))
        names << QStringLiteral("• %1 (%2)").arg(itemText(item), locale.formattedDataSize(item.size));
    if (preview.items.size() > Shown)
        names << tr("… and %n more", nullptr, int(preview.items.size() - Shown));
    const int n = int(preview.items.size());
    QString what;
    switch (preview.kind) {
    case PruneKind::DanglingImages:
        what = tr("The engine removes these %n image(s) without a name:", nullptr, n);
        break;
    case PruneKind::UnusedImages:
        what = tr("The engine removes these %n image(s) that no container uses. To run one again it must be "
                  "pulled or built again:", nullptr, n);
        break;
    case PruneKind::StoppedContainers:
        what = tr("The engine removes these %n stopped container(s) and the files they changed; their volumes "
                  "stay:", nullptr, n);
        break;
    case PruneKind::BuildCache:
        what = tr("The engine removes these %n build cache record(s); the next build runs their steps again:",
                  nullptr, n);
        break;
    }
    const QString bytes = preview.atLeast ? tr("At least %1 of disk space comes back.")
                                          : tr("%1 of disk space comes back.");
    return what + QStringLiteral("\n\n") + names.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + bytes.arg(locale.formattedDataSize(preview.bytes)) + QLatin1Char(' ')
        + tr("If something changed since this list was made, the engine removes what matches the rule now.");
}

void SystemView::pruneSelected()
{
    const PrunePreview preview = m_overview->preview(selectedKind());
    if (m_pruning || !preview.supported || preview.items.isEmpty())
        return;
    if (!m_confirm(tr("Clean Up: %1").arg(kindTitle(preview.kind)), confirmationText(preview)))
        return;
    m_pruning = true;
    updatePreview();
    m_overview->prune(preview.kind, [this, preview](const PruneReport &report, const QString &error) {
        m_pruning = false;
        updatePreview();
        if (!error.isEmpty()) {
            showMessage(error, true);
            return;
        }
        // An image prune also lists the layers it deleted and the names it untagged: count images.
        qsizetype removed = report.deleted.size();
        if (preview.kind == PruneKind::DanglingImages || preview.kind == PruneKind::UnusedImages) {
            removed = 0;
            for (const PruneItem &item : preview.items)
                removed += report.deleted.contains(item.id) ? 1 : 0;
        }
        showMessage(tr("Removed %n object(s); the engine reports %1 freed.", nullptr, int(removed))
                        .arg(QLocale().formattedDataSize(report.spaceReclaimed)));
    });
}

} // namespace dx
