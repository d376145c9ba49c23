#include "ui/wizard/ReviewPage.h"

#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ConfigRule.h"
#include "agentlink/protocol/Methods.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/ConfigDiffView.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardSession.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace twinha::ui {

namespace methods = protocol::methods;
using protocol::RpcError;
using protocol::RpcMessage;

ReviewPage::ReviewPage(QWidget* parent)
    : WizardPage(parent)
    , m_summary(new QLabel(this))
    , m_views(new QTabWidget(this))
    , m_diff(new ConfigDiffView(m_views))
    , m_text(new QPlainTextEdit(m_views))
    , m_issuesLabel(new QLabel(this))
    , m_issues(new QListWidget(this))
{
    m_summary->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("configText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_issues->setObjectName(QStringLiteral("configIssues"));
    m_issues->setWordWrap(true);
    m_issues->setMaximumHeight(m_issues->fontMetrics().lineSpacing() * 6);
    m_issuesLabel->setBuddy(m_issues);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    m_views->setObjectName(QStringLiteral("configViews"));
    m_views->addTab(m_diff, QString());
    m_views->addTab(m_text, QString());
    layout->addWidget(m_views, 1);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_issues);
    layout->addWidget(notice());
    // Leaving this page writes to the nodes: there is no coming back to change it afterwards.
    setCommitPage(true);
    retranslate();
}

void ReviewPage::retranslate()
{
    setTitle(tr("Review"));
    setSubTitle(tr("This is the complete configuration that will be written to both nodes. Nothing has been "
                   "written yet."));
    setButtonText(QWizard::CommitButton, tr("&Apply to both nodes"));
    m_text->setAccessibleName(tr("Configuration"));
    m_diff->setAccessibleName(tr("Changes to the current configuration"));
    m_views->setTabText(0, tr("&Changes"));
    m_views->setTabText(1, tr("&Whole file"));
    m_issuesLabel->setText(tr("What the agents found:"));
    m_issues->setAccessibleName(tr("Findings"));
    if (wizard())
        showVerdicts();
}

void ReviewPage::initializePage()
{
    ++m_generation;
    m_verdict = {};
    model().configText.clear();
    m_text->setPlainText(tr("Composing the configuration on %1…").arg(model().nodeNames[0]));
    m_diff->clear();
    m_views->setCurrentIndex(1);
    m_issues->clear();
    clearNotice();
    QJsonObject params{{QStringLiteral("settings"), model().settings()},
                       {QStringLiteral("key_provided"), !model().isEdit()}};
    if (model().isEdit())
        params.insert(QStringLiteral("base"), model().baseText);
    const int generation = m_generation;
    const bool sent = session()->call(0, QString::fromLatin1(methods::kConfigCompose), params,
                                      [this, generation](const RpcMessage& reply) {
                                          if (generation == m_generation)
                                              onComposed(reply);
                                      });
    if (!sent)
        showNotice(NoticeLabel::Kind::Error, [=, this] {
            return tr("The console lost its connection to %1. Go back to the Connect page and connect "
                      "again.")
                .arg(model().nodeNames[0]);
        });
    Q_EMIT completeChanged();
}

void ReviewPage::onComposed(const RpcMessage& reply)
{
    if (!reply.error.isNull()) {
        m_text->clear();
        showNotice(NoticeLabel::Kind::Error, [=, this] { return agentlink::ErrorText::describe(reply.error); });
        return;
    }
    const QJsonObject result = reply.result.toObject();
    model().configText = result.value(QStringLiteral("text")).toString();
    m_keptAsWritten = result.value(QStringLiteral("kept_as_written")).toBool(true);
    m_text->setPlainText(model().configText);
    // An edit opens on what it changes; a new cluster has nothing to compare with.
    const bool edit = model().isEdit();
    m_views->setTabVisible(0, edit);
    if (edit)
        m_diff->showDiff(model().baseText, model().configText);
    m_views->setCurrentIndex(edit ? 0 : 1);
    m_verdict[0] = result.value(QStringLiteral("validation")).toObject();
    validateOn(1);
    showVerdicts();
}

void ReviewPage::validateOn(int node)
{
    // The other node checks the same text too: it must find itself in it, and its key file.
    const int generation = m_generation;
    const QJsonObject params{{QStringLiteral("text"), model().configText},
                             {QStringLiteral("key_provided"), !model().isEdit()}};
    const bool sent = session()->call(
        node, QString::fromLatin1(methods::kConfigValidate), params, [this, generation, node](const RpcMessage& reply) {
            if (generation != m_generation)
                return;
            if (reply.error.isNull()) {
                m_verdict[size_t(node)] = reply.result.toObject();
            } else {
                showNotice(NoticeLabel::Kind::Error, [=, this] { return agentlink::ErrorText::describe(reply.error); });
            }
            showVerdicts();
        });
    if (!sent)
        showNotice(NoticeLabel::Kind::Error, [=, this] {
            return tr("The console lost its connection to %1. Go back to the Connect page and connect "
                      "again.")
                .arg(model().nodeNames[size_t(node)]);
        });
}

void ReviewPage::showVerdicts()
{
    const WizardModel& m = model();
    QStringList where;
    for (size_t i = 0; i < 2; ++i) {
        const QString path = session()->config(int(i)).value(QStringLiteral("path")).toString();
        where << tr("%1 on %2").arg(path, m.nodeNames[i]);
    }
    QString summary = tr("It will be written to %1.").arg(QLocale().createSeparatedList(where));
    summary += QLatin1Char(' ');
    if (!m.isEdit())
        summary += tr("A new cluster key is generated and written to both nodes with the configuration.");
    else if (m_keptAsWritten)
        summary += tr("Only what changed is rewritten: the rest of the current file, its comments included, stays "
                      "as it is. The current file is kept next to it as a backup.");
    else
        summary += tr("This change rewrites the whole file: settings this wizard does not show are kept, but the "
                      "comments are not. The current file is kept next to it as a backup.");
    m_summary->setText(summary);

    m_issues->clear();
    bool waiting = false;
    for (size_t i = 0; i < 2; ++i) {
        if (m_verdict[i].isEmpty()) {
            waiting = true;
            continue;
        }
        for (const QJsonValue& v : m_verdict[i].value(QStringLiteral("issues")).toArray()) {
            const QJsonObject issue = v.toObject();
            const RpcError error = RpcError::make(issue.value(QStringLiteral("code")).toString(),
                                                  issue.value(QStringLiteral("params")).toObject());
            const bool isError = protocol::issueSeverityFrom(issue.value(QStringLiteral("severity")).toString()) ==
                                 protocol::IssueSeverity::Error;
            const QString text = tr("%1, line %2: %3")
                                     .arg(m.nodeNames[i])
                                     .arg(issue.value(QStringLiteral("line")).toInt())
                                     .arg(agentlink::ErrorText::describe(error));
            auto* item = new QListWidgetItem(
                style()->standardIcon(isError ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning), text,
                m_issues);
            item->setData(Qt::UserRole, issue.value(QStringLiteral("field")).toString());
        }
    }
    if (m_issues->count() == 0)
        new QListWidgetItem(waiting ? tr("Waiting for both agents to check the configuration…")
                                    : tr("Both agents accept this configuration."),
                            m_issues);
    if (!waiting && !isComplete())
        showNotice(NoticeLabel::Kind::Error, [=, this] {
            return tr("The agents refused this configuration. Go back to the page of each field named "
                      "above, correct it, and return here.");
        });
    Q_EMIT completeChanged();
}

bool ReviewPage::isComplete() const
{
    return !model().configText.isEmpty() && std::all_of(m_verdict.cbegin(), m_verdict.cend(), [](const QJsonObject& v) {
        return v.value(QStringLiteral("ok")).toBool();
    });
}

} // namespace twinha::ui
