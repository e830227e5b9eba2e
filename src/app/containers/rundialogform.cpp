// RunDialog's form: the small tables, the networks to choose from, and the form <-> RunSpec.

#include "rundialog.h"
#include "ui_rundialog.h"

#include "networks/networkstore.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>

namespace dx {

namespace {

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QComboBox *cellCombo(const QTableWidget *table, int row, int column)
{
    return qobject_cast<QComboBox *>(table->cellWidget(row, column));
}

} // namespace

void RunDialog::setupTable(QTableWidget *table, QToolButton *add, QToolButton *remove)
{
    // The form's small tables always fit the dialog: no sideways scrolling in a form. Narrower
    // than their headers (high zoom, long translations) they move below their label instead.
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    int headersWidth = 0;
    for (int column = 0; column < header->count(); ++column)
        headersWidth += header->sectionSizeHint(column);
    table->setMinimumWidth(headersWidth + 2 * table->frameWidth());
    table->setMinimumHeight(header->sizeHint().height() + table->verticalHeader()->defaultSectionSize() * 2 + 6);
    table->setMaximumHeight(header->sizeHint().height() + table->verticalHeader()->defaultSectionSize() * 3 + 6);
    add->setIcon(m_services->icons()->icon(QStringLiteral("add")));
    remove->setIcon(m_services->icons()->icon(QStringLiteral("minus")));
    connect(add, &QToolButton::clicked, this, [this, table] {
        if (table == m_env)
            addEnvRow();
        else if (table == m_ports)
            addPortRow();
        else if (table == m_labelsTable)
            addLabelRow();
        else
            addMountRow();
    });
    connect(remove, &QToolButton::clicked, this, [this, table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
        updateCommand();
    });
}

void RunDialog::addEnvRow(const QString &key, const QString &value)
{
    const int row = m_env->rowCount();
    m_env->insertRow(row);
    m_env->setItem(row, 0, new QTableWidgetItem(key));
    m_env->setItem(row, 1, new QTableWidgetItem(value));
    updateCommand();
}

void RunDialog::addPortRow(const RunPort &port)
{
    const int row = m_ports->rowCount();
    m_ports->insertRow(row);
    m_ports->setItem(row, 0, new QTableWidgetItem(port.hostIp));
    m_ports->setItem(row, 1, new QTableWidgetItem(port.hostPort > 0 ? RunSpec::portRangeText(port.hostPort, port.hostPortEnd) : QString()));
    m_ports->setItem(row, 2, new QTableWidgetItem(port.containerPort > 0 ? RunSpec::portRangeText(port.containerPort, port.containerPortEnd) : QString()));
    auto *protocol = new QComboBox(m_ports);
    protocol->addItems({QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("sctp")});
    protocol->setCurrentText(port.protocol);
    connect(protocol, &QComboBox::currentIndexChanged, this, &RunDialog::updateCommand);
    m_ports->setCellWidget(row, 3, protocol);
    retranslateRows();
    updateCommand();
}

void RunDialog::addMountRow(const RunMount &mount)
{
    const int row = m_mounts->rowCount();
    m_mounts->insertRow(row);
    auto *kind = new QComboBox(m_mounts);
    for (const RunMount::Kind k : {RunMount::Kind::Volume, RunMount::Kind::Bind, RunMount::Kind::Tmpfs})
        kind->addItem(QString(), int(k));
    kind->setCurrentIndex(kind->findData(int(mount.kind)));
    connect(kind, &QComboBox::currentIndexChanged, this, [this] {
        retranslateRows(); // the source column's tip follows the kind
        updateCommand();
    });
    m_mounts->setCellWidget(row, 0, kind);
    m_mounts->setItem(row, 1, new QTableWidgetItem(mount.source));
    m_mounts->setItem(row, 2, new QTableWidgetItem(mount.target));
    auto *ro = new QTableWidgetItem;
    ro->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    ro->setCheckState(mount.readOnly ? Qt::Checked : Qt::Unchecked);
    m_mounts->setItem(row, 3, ro);
    retranslateRows();
    updateCommand();
}

void RunDialog::addLabelRow(const QString &key, const QString &value)
{
    const int row = m_labelsTable->rowCount();
    m_labelsTable->insertRow(row);
    m_labelsTable->setItem(row, 0, new QTableWidgetItem(key));
    m_labelsTable->setItem(row, 1, new QTableWidgetItem(value));
    updateCommand();
}

void RunDialog::retranslateRows()
{
    // Texts of the rows the user added: set here so a language switch reaches them too.
    const QSignalBlocker blockPorts(m_ports);
    for (int row = 0; row < m_ports->rowCount(); ++row) {
        m_ports->item(row, 0)->setToolTip(tr("Empty: every address of the host; 127.0.0.1: only this computer"));
        m_ports->item(row, 1)->setToolTip(tr("Empty: a free port chosen by the engine. A range like 8000-8010 "
                                             "publishes each port of the container range."));
        m_ports->item(row, 2)->setToolTip(tr("A port, or a range like 8000-8010"));
    }
    const QSignalBlocker blockMounts(m_mounts);
    for (int row = 0; row < m_mounts->rowCount(); ++row) {
        QComboBox *kind = cellCombo(m_mounts, row, 0);
        if (!kind)
            continue;
        kind->setItemText(0, tr("Named volume"));
        kind->setItemText(1, tr("Host folder"));
        kind->setItemText(2, tr("tmpfs (in memory)"));
        QString tip;
        switch (RunMount::Kind(kind->currentData().toInt())) {
        case RunMount::Kind::Volume: tip = tr("A named volume is created (with a label) when it does not exist yet"); break;
        case RunMount::Kind::Bind: tip = tr("An absolute folder on the engine's host"); break;
        case RunMount::Kind::Tmpfs: tip = tr("Optional tmpfs options, e.g. size=64m,mode=1777"); break;
        }
        m_mounts->item(row, 1)->setToolTip(tip);
    }
}

void RunDialog::fillNetworks()
{
    // The engine's networks, by name; a name set before they were listed stays selectable.
    const QString current = m_network->currentData().toString();
    QStringList names;
    for (const NetworkSummary &n : m_services->session()->networks()->all())
        names.append(n.name);
    names.sort(Qt::CaseInsensitive);
    {
        const QSignalBlocker blocker(m_network);
        const QString defaultText = m_network->count() > 0 ? m_network->itemText(0) : QString();
        m_network->clear();
        m_network->addItem(defaultText, QString());
        for (const QString &name : std::as_const(names))
            m_network->addItem(name, name);
    }
    selectNetwork(current);
}

void RunDialog::selectNetwork(const QString &name)
{
    const QSignalBlocker blocker(m_network);
    if (!name.isEmpty() && m_network->findData(name) < 0)
        m_network->addItem(name, name);
    m_network->setCurrentIndex(qMax(0, m_network->findData(name)));
}

QHash<RunSpec::Field, QStringList> RunDialog::parseProblems() const
{
    QHash<RunSpec::Field, QStringList> found;
    const auto add = [&found](RunSpec::Field field, const QString &problem) {
        if (!problem.isEmpty())
            found[field].append(problem);
    };
    qint64 value = 0;
    add(RunSpec::Field::Memory, RunSpec::parseMemory(m_memory->text(), &value));
    add(RunSpec::Field::Cpus, RunSpec::parseCpus(m_cpus->text(), &value));
    add(RunSpec::Field::PidsLimit, RunSpec::parsePidsLimit(m_pidsLimit->text(), &value));
    for (int row = 0; row < m_ports->rowCount(); ++row) {
        int first = 0;
        int last = 0;
        add(RunSpec::Field::Ports, RunSpec::parsePortRange(cellText(m_ports, row, 1), &first, &last));
        add(RunSpec::Field::Ports, RunSpec::parsePortRange(cellText(m_ports, row, 2), &first, &last));
        if (first == 0 && !cellText(m_ports, row, 1).isEmpty())
            add(RunSpec::Field::Ports, tr("Every published port needs its port in the container."));
    }
    return found;
}

RunSpec RunDialog::spec() const
{
    RunSpec s;
    s.image = m_image->currentText().trimmed();
    s.name = m_name->text().trimmed();
    s.command = m_command->text().trimmed();
    for (int row = 0; row < m_env->rowCount(); ++row) {
        const QString key = cellText(m_env, row, 0);
        if (!key.isEmpty())
            s.env.append({key, m_env->item(row, 1) ? m_env->item(row, 1)->text() : QString()});
    }
    for (int row = 0; row < m_ports->rowCount(); ++row) {
        RunPort p;
        p.hostIp = cellText(m_ports, row, 0);
        RunSpec::parsePortRange(cellText(m_ports, row, 1), &p.hostPort, &p.hostPortEnd);
        RunSpec::parsePortRange(cellText(m_ports, row, 2), &p.containerPort, &p.containerPortEnd);
        if (QComboBox *c = cellCombo(m_ports, row, 3))
            p.protocol = c->currentText();
        if (p.containerPort > 0 || p.hostPort > 0)
            s.ports.append(p);
    }
    for (int row = 0; row < m_mounts->rowCount(); ++row) {
        RunMount m;
        if (QComboBox *c = cellCombo(m_mounts, row, 0))
            m.kind = RunMount::Kind(c->currentData().toInt());
        m.source = cellText(m_mounts, row, 1);
        m.target = cellText(m_mounts, row, 2);
        m.readOnly = m_mounts->item(row, 3) && m_mounts->item(row, 3)->checkState() == Qt::Checked;
        if (!m.source.isEmpty() || !m.target.isEmpty())
            s.mounts.append(m);
    }
    s.workingDir = m_workDir->text().trimmed();
    s.restartPolicy = m_restart->currentData().toString();
    s.maxRetries = m_retries->value();
    s.autoRemove = m_autoRemove->isChecked();
    s.interactive = m_interactive->isChecked();
    s.labels = m_labels;
    for (int row = 0; row < m_labelsTable->rowCount(); ++row) {
        const QString key = cellText(m_labelsTable, row, 0);
        const QString value = m_labelsTable->item(row, 1) ? m_labelsTable->item(row, 1)->text() : QString();
        if (!key.isEmpty() || !value.isEmpty())
            s.labels.insert(key, value);
    }
    s.network = m_network->currentData().toString();
    RunSpec::parseMemory(m_memory->text(), &s.memory);
    RunSpec::parseCpus(m_cpus->text(), &s.nanoCpus);
    RunSpec::parsePidsLimit(m_pidsLimit->text(), &s.pidsLimit);
    s.entrypoint = m_entrypoint->text().trimmed();
    s.user = m_user->text().trimmed();
    s.hostname = m_hostname->text().trimmed();
    s.readOnlyRootfs = m_readOnly->isChecked();
    return s;
}

void RunDialog::setSpec(const RunSpec &s)
{
    m_image->setCurrentText(s.image);
    m_name->setText(s.name);
    m_command->setText(s.command);
    m_env->setRowCount(0);
    for (const auto &kv : s.env)
        addEnvRow(kv.first, kv.second);
    m_ports->setRowCount(0);
    for (const RunPort &p : s.ports)
        addPortRow(p);
    m_mounts->setRowCount(0);
    for (const RunMount &m : s.mounts)
        addMountRow(m);
    m_workDir->setText(s.workingDir);
    m_restart->setCurrentIndex(qMax(0, m_restart->findData(s.restartPolicy)));
    m_retries->setValue(s.maxRetries);
    m_autoRemove->setChecked(s.autoRemove);
    m_interactive->setChecked(s.interactive);
    // The labels set with setLabels() stay out of the table (they come with every run).
    m_labelsTable->setRowCount(0);
    for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
        if (!m_labels.contains(it.key()) || m_labels.value(it.key()) != it.value())
            addLabelRow(it.key(), it.value());
    }
    selectNetwork(s.network);
    m_memory->setText(s.memory > 0 ? RunSpec::memoryText(s.memory) : QString());
    m_cpus->setText(s.nanoCpus > 0 ? RunSpec::cpusText(s.nanoCpus) : QString());
    m_pidsLimit->setText(s.pidsLimit != 0 ? QString::number(s.pidsLimit) : QString());
    m_entrypoint->setText(s.entrypoint);
    m_user->setText(s.user);
    m_hostname->setText(s.hostname);
    m_readOnly->setChecked(s.readOnlyRootfs);
    updateCommand();
}

void RunDialog::setLabels(const QMap<QString, QString> &labels)
{
    m_labels = labels;
    updateCommand();
}

} // namespace dx
