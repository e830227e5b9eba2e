// The base image the demo is built on: the Dockerfile's default or an image already on this
// computer (a classroom without internet), and where to get one from a file.

#include "lessonpanel.h"

#include "lessonbutton.h"
#include "lessoncommandbox.h"
#include "images/imagestore.h"
#include "session/enginesession.h"
#include "shell/appservices.h"
#include "shell/iconprovider.h"
#include "shell/language.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dx {

QWidget *LessonPanel::createBaseImageRow(QWidget *parent)
{
    m_baseRow = new QWidget(parent);
    m_baseRow->setObjectName(QStringLiteral("lessonBaseImageRow"));
    auto *label = new QLabel(QString(), m_baseRow);
    m_base = new QComboBox(m_baseRow);
    m_base->setObjectName(QStringLiteral("lessonBaseImage"));
    m_base->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_base->setMinimumContentsLength(8);
    m_base->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    label->setBuddy(m_base);
    m_loadBase = new LessonButton(m_baseRow);
    m_loadBase->setIcon(m_services->icons()->icon(QStringLiteral("open")));
    m_loadBase->setObjectName(QStringLiteral("lessonLoadBaseImage"));
    m_baseHint = new QLabel(m_baseRow);
    m_baseHint->setWordWrap(true);
    m_baseHint->setForegroundRole(QPalette::PlaceholderText);
    connect(m_base, &QComboBox::currentIndexChanged, this, [this] {
        m_commandBox->setCommand(commandOf(currentStep()));
        updateBaseImages();
    });
    connect(m_loadBase, &QPushButton::clicked, this, &LessonPanel::chooseImageFile);
    auto *grid = new QVBoxLayout(m_baseRow);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_base, 1);
    grid->addLayout(row);
    grid->addWidget(m_loadBase);
    grid->addWidget(m_baseHint);
    retranslate(this, [=] {
        label->setText(tr("Base image:"));
        m_base->setToolTip(tr("The image the demo is built on (FROM): the Dockerfile's default, or an image that "
                              "is already on this computer, for a classroom without internet"));
        m_loadBase->setText(tr("Load from a File…"));
        m_loadBase->setToolTip(tr("Use an image saved to a file (docker save), e.g. brought on a USB stick"));
    });
    return m_baseRow;
}

QString LessonPanel::baseImage() const
{
    const QString chosen = m_base->currentData().toString();
    return chosen.isEmpty() ? LessonSteps::defaultBaseImage() : chosen;
}

void LessonPanel::setBaseImage(const QString &image)
{
    const int index = m_base->findData(image);
    if (index >= 0)
        m_base->setCurrentIndex(index);
}

void LessonPanel::updateBaseImages()
{
    // The Dockerfile's default first, then what is on this computer (offline, one of these).
    const QString current = m_base->currentData().toString();
    QStringList local;
    const QList<ImageSummary> images = m_services->session()->images()->all();
    for (const ImageSummary &image : images) {
        for (const QString &tag : image.repoTags) {
            // Not the demo itself, and not the volume browser's helper (it has no shell).
            if (tag == QLatin1String("<none>:<none>") || tag.startsWith(LessonSteps::imageName() + QLatin1Char(':'))
                || tag == LessonSteps::defaultBaseImage() || tag.startsWith(QLatin1String("docker-explorer-helper")))
                continue;
            local.append(tag);
        }
    }
    local.sort();
    const bool defaultPresent = m_services->session()->images()->find(LessonSteps::defaultBaseImage()).has_value();
    {
        const QSignalBlocker block(m_base);
        m_base->clear();
        m_base->addItem(tr("%1 (Dockerfile)").arg(LessonSteps::defaultBaseImage()), QString());
        for (const QString &tag : std::as_const(local))
            m_base->addItem(tag, tag);
        const int index = current.isEmpty() ? 0 : m_base->findData(current);
        m_base->setCurrentIndex(qMax(0, index));
    }
    if (!m_base->currentData().toString().isEmpty())
        m_baseHint->setText(tr("Any image with a shell (sh) can be the base."));
    else if (defaultPresent)
        m_baseHint->clear();
    else
        m_baseHint->setText(local.isEmpty() ? tr("%1 is not on this computer: building downloads it, which needs "
                                                 "internet. Without, load an image from a file.")
                                                  .arg(LessonSteps::defaultBaseImage())
                                            : tr("%1 is not on this computer: building downloads it, which needs "
                                                 "internet. Without, pick one of the images present.")
                                                  .arg(LessonSteps::defaultBaseImage()));
    m_baseHint->setVisible(!m_baseHint->text().isEmpty());
}

void LessonPanel::chooseImageFile()
{
    auto *dialog = new QFileDialog(this, tr("Load an Image from a File"));
    dialog->setObjectName(QStringLiteral("lessonImageFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Image archives (*.tar *.tar.gz *.tgz)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        // The typed engine API has no image load (POST /images/load) yet: the terminal does
        // it, and the image then shows up in the list of base images by itself.
        QString path = QFileInfo(file).absoluteFilePath();
        if (path.contains(QLatin1Char(' ')) || path.contains(QLatin1Char('\'')))
            path = QLatin1Char('\'') + path.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
        m_loadCommand = QStringLiteral("docker load -i %1").arg(path);
        m_commandBox->setCommand(commandOf(currentStep()));
        showMessage(tr("Docker Explorer cannot load image files itself yet. Run the first command above in a "
                       "terminal (copy it with the button): the image it loads then appears under Base image."));
    });
    dialog->open();
}

} // namespace dx
