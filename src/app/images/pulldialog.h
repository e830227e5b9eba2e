#pragma once

#include "images/pulljob.h" // QPointer<PullJob> needs the type

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;
class QTableView;

namespace dx {

namespace Ui {
class PullDialog;
}

class AppServices;

// "Pull…" (and, with setOperation(Push), "Push…"): an image reference and an optional platform, then the pull as `docker pull` prints
// it, one row per layer with its status and a bar for the bytes of its download or extraction,
// and the whole pull below. The reference is checked as it is typed; Cancel really stops the
// transfer. The dialog stays after the pull (the rows say what happened) unless it was opened
// to pull an image something else waits for (setCloseWhenPulled: the Run dialog's "Pull and Run").
class PullDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullDialog)

public:
    explicit PullDialog(AppServices *services, QWidget *parent = nullptr);
    ~PullDialog() override;

    // Push: the same dialog sends an image up (`docker push`): no platform, and the layers go
    // to the registry. Set before the first start.
    void setOperation(PullJob::Operation operation);
    PullJob::Operation operation() const { return m_operation; }

    void setReference(const QString &reference);
    QString reference() const;
    void setPlatform(const QString &platform);
    QString platform() const;
    void setCloseWhenPulled(bool close) { m_closeWhenPulled = close; }

    // Starts the pull of what the fields say; false (and the problem shown) when they are wrong.
    bool startPull();
    void cancelPull();
    bool isPulling() const;
    PullJob *job() const { return m_job; }
    QTableView *layersView() const;
    QString problemText() const;  // what is wrong with the fields, as shown
    QString messageText() const;  // the pull's outcome, as shown
    QString overallText() const;
    QString commandText() const;

    // Shows a pull (or, in Push mode, a push) recorded from a real engine (the JSON lines) as if
    // it were under way: the screenshot mode's picture. Nothing is sent.
    void showRecordedPull(const QString &reference, const QByteArray &stream);

signals:
    // The pull ended well; the image is on the engine under this reference.
    void imagePulled(const QString &reference);
    // The push ended well; the registry has the image under this reference.
    void imagePushed(const QString &reference, const QString &digest);

protected:
    void reject() override;

private:
    void retranslateTexts();
    void validate();
    void updateCommand();
    void updateOverall();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void attach(PullJob *job);
    void onEnded();

    const std::unique_ptr<Ui::PullDialog> m_ui; // the layout: forms/pulldialog.ui
    AppServices *m_services;
    QPushButton *m_pullButton;
    QPushButton *m_cancelButton;
    QPointer<PullJob> m_job;
    PullJob::Operation m_operation = PullJob::Operation::Pull;
    bool m_closeWhenPulled = false;
    bool m_showingRecording = false; // showRecordedPull(): nothing runs, but it looks as if
};

} // namespace dx
