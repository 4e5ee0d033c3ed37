import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAbility, RequireUser } from './guards.js';
import { Layout } from './Layout.js';

// Every page is its own chunk: the first visit downloads only the frame and the page it opens.
const HomePage = lazy(() => import('../modules/home/HomePage.js'));
const SignupPage = lazy(() => import('../modules/accounts/SignupPage.js'));
const LoginPage = lazy(() => import('../modules/accounts/LoginPage.js'));
const ForgotPasswordPage = lazy(() => import('../modules/accounts/ForgotPasswordPage.js'));
const ResetPasswordPage = lazy(() => import('../modules/accounts/ResetPasswordPage.js'));
const ProfilePage = lazy(() => import('../modules/accounts/ProfilePage.js'));
const DirectoryPage = lazy(() => import('../modules/organisations/DirectoryPage.js'));
const NewOrganisationPage = lazy(() => import('../modules/organisations/NewOrganisationPage.js'));
const OrganisationPage = lazy(() => import('../modules/organisations/OrganisationPage.js'));
const EditOrganisationPage = lazy(() => import('../modules/organisations/EditOrganisationPage.js'));
const AcceptInvitationPage = lazy(() => import('../modules/organisations/AcceptInvitationPage.js'));
const UsersPage = lazy(() => import('../modules/admin/UsersPage.js'));
const VocabulariesPage = lazy(() => import('../modules/admin/VocabulariesPage.js'));
const VocabularyPage = lazy(() => import('../modules/admin/VocabularyPage.js'));
const AuditTrailPage = lazy(() => import('../modules/audit/AuditTrailPage.js'));
const CountriesPage = lazy(() => import('../modules/countries/CountriesPage.js'));
const CountryPage = lazy(() => import('../modules/countries/CountryPage.js'));
const ProfileEditPage = lazy(() => import('../modules/countries/ProfileEditPage.js'));
const ProfileHistoryPage = lazy(() => import('../modules/countries/ProfileHistoryPage.js'));
const ComparePage = lazy(() => import('../modules/countries/ComparePage.js'));
const AssessmentHistoryPage = lazy(() => import('../modules/assessments/HistoryPage.js'));
const EditAssessmentPage = lazy(() => import('../modules/assessments/EditAssessmentPage.js'));
const WhoSolvedPage = lazy(() => import('../modules/assessments/WhoSolvedPage.js'));
const RubricPage = lazy(() => import('../modules/assessments/RubricPage.js'));
const ExpertiseSearchPage = lazy(() => import('../modules/expertise/ExpertiseSearchPage.js'));
const CapabilityPage = lazy(() => import('../modules/expertise/CapabilityPage.js'));
const NewCapabilityPage = lazy(() => import('../modules/expertise/NewCapabilityPage.js'));
const EditCapabilityPage = lazy(() => import('../modules/expertise/EditCapabilityPage.js'));
const ExpertPage = lazy(() => import('../modules/expertise/ExpertPage.js'));
const NewExpertPage = lazy(() => import('../modules/expertise/NewExpertPage.js'));
const EditExpertPage = lazy(() => import('../modules/expertise/EditExpertPage.js'));
const LibraryPage = lazy(() => import('../modules/experiences/LibraryPage.js'));
const ExperiencePage = lazy(() => import('../modules/experiences/ExperiencePage.js'));
const ExperiencePrintPage = lazy(() => import('../modules/experiences/PrintPage.js'));
const NewExperiencePage = lazy(() => import('../modules/experiences/NewExperiencePage.js'));
const MyExperiencesPage = lazy(() => import('../modules/experiences/MyExperiencesPage.js'));
const ReviewQueuePage = lazy(() => import('../modules/experiences/ReviewQueuePage.js'));
const ExperienceEditorPage = lazy(() => import('../modules/experiences/EditorPage.js'));
const ExperienceReviewPage = lazy(() => import('../modules/experiences/ReviewPage.js'));
const MarketListPage = lazy(() => import('../modules/marketplace/MarketListPage.js'));
const NeedPage = lazy(() => import('../modules/marketplace/NeedPage.js'));
const OfferPage = lazy(() => import('../modules/marketplace/OfferPage.js'));
const NewMarketItemPage = lazy(() => import('../modules/marketplace/NewMarketItemPage.js'));
const EditMarketItemPage = lazy(() => import('../modules/marketplace/EditMarketItemPage.js'));
const PipelinePage = lazy(() => import('../modules/introductions/PipelinePage.js'));
const BrokerBoardPage = lazy(() => import('../modules/introductions/BrokerBoardPage.js'));
const IntroductionPage = lazy(() => import('../modules/introductions/IntroductionPage.js'));
const InboxPage = lazy(() => import('../modules/notifications/InboxPage.js'));
const NotificationSettingsPage = lazy(() => import('../modules/notifications/NotificationSettingsPage.js'));
const MatchSettingsPage = lazy(() => import('../modules/matching/MatchSettingsPage.js'));
const DialoguePage = lazy(() => import('../modules/dialogues/RecordPage.js'));
const DialoguePrintPage = lazy(() => import('../modules/dialogues/PrintPage.js'));
const DialogueSummaryEditPage = lazy(() => import('../modules/dialogues/SummaryEditPage.js'));
const DialogueActionsPage = lazy(() => import('../modules/dialogues/ActionsPage.js'));
const DialoguesPage = lazy(() => import('../modules/dialogues/DialoguesPage.js'));
const DialogueSeriesPage = lazy(() => import('../modules/dialogues/SeriesPage.js'));
const DialogueSeriesFormPage = lazy(() => import('../modules/dialogues/SeriesFormPage.js'));
const DialoguePlannerPage = lazy(() => import('../modules/dialogues/PlannerPage.js'));
const NotFoundPage = lazy(() => import('./NotFoundPage.js'));

/** Every address of the app; each is a link a user can share. */
export function AppRoutes() {
  return (
    <Routes>
      {/* The printable view of an experience: no site frame, so what prints is the story alone. */}
      <Route path="experiences/:id/print" element={<ExperiencePrintPage />} />
      <Route path="dialogues/:id/print" element={<DialoguePrintPage />} />
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="signup" element={<SignupPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="invitations/accept" element={<AcceptInvitationPage />} />
        <Route
          path="profile"
          element={
            <RequireUser>
              <ProfilePage />
            </RequireUser>
          }
        />
        <Route path="organisations">
          <Route index element={<DirectoryPage />} />
          <Route
            path="new"
            element={
              <RequireAbility action="organisation.create">
                <NewOrganisationPage />
              </RequireAbility>
            }
          />
          <Route path=":id" element={<OrganisationPage />} />
          <Route path=":id/members" element={<OrganisationPage tab="members" />} />
          <Route path=":id/edit" element={<EditOrganisationPage />} />
        </Route>
        <Route path="countries">
          <Route index element={<CountriesPage />} />
          <Route path="compare" element={<ComparePage />} />
          <Route path=":code" element={<CountryPage />} />
          <Route
            path=":code/profile/edit"
            element={
              <RequireUser>
                <ProfileEditPage />
              </RequireUser>
            }
          />
          <Route path=":code/profile/history" element={<ProfileHistoryPage />} />
          <Route path=":code/assessments" element={<AssessmentHistoryPage />} />
          <Route
            path=":code/assessments/:id/edit"
            element={
              <RequireUser>
                <EditAssessmentPage />
              </RequireUser>
            }
          />
        </Route>
        <Route path="assessments/who-solved" element={<WhoSolvedPage />} />
        <Route path="expertise" element={<ExpertiseSearchPage />} />
        <Route path="capabilities">
          <Route
            path="new"
            element={
              <RequireUser>
                <NewCapabilityPage />
              </RequireUser>
            }
          />
          <Route path=":id" element={<CapabilityPage />} />
          <Route path=":id/edit" element={<EditCapabilityPage />} />
        </Route>
        <Route path="experts">
          <Route
            path="new"
            element={
              <RequireUser>
                <NewExpertPage />
              </RequireUser>
            }
          />
          <Route path=":id" element={<ExpertPage />} />
          <Route path=":id/edit" element={<EditExpertPage />} />
        </Route>
        <Route path="experiences">
          <Route index element={<LibraryPage />} />
          <Route
            path="new"
            element={
              <RequireUser>
                <NewExperiencePage />
              </RequireUser>
            }
          />
          <Route
            path="mine"
            element={
              <RequireUser>
                <MyExperiencesPage />
              </RequireUser>
            }
          />
          <Route
            path="review"
            element={
              <RequireUser>
                <ReviewQueuePage />
              </RequireUser>
            }
          />
          <Route path=":id" element={<ExperiencePage />} />
          <Route
            path=":id/edit"
            element={
              <RequireUser>
                <ExperienceEditorPage />
              </RequireUser>
            }
          />
          <Route
            path=":id/review"
            element={
              <RequireUser>
                <ExperienceReviewPage />
              </RequireUser>
            }
          />
        </Route>
        {(['need', 'offer'] as const).map((kind) => (
          <Route key={kind} path={`${kind}s`}>
            <Route index element={<MarketListPage kind={kind} />} />
            <Route
              path="new"
              element={
                <RequireUser>
                  <NewMarketItemPage kind={kind} />
                </RequireUser>
              }
            />
            <Route path=":id" element={kind === 'need' ? <NeedPage /> : <OfferPage />} />
            <Route
              path=":id/edit"
              element={
                <RequireUser>
                  <EditMarketItemPage kind={kind} />
                </RequireUser>
              }
            />
          </Route>
        ))}
        <Route
          path="market/mine"
          element={
            <RequireUser>
              <PipelinePage />
            </RequireUser>
          }
        />
        <Route
          path="broker"
          element={
            <RequireAbility action="introduction.broker">
              <BrokerBoardPage />
            </RequireAbility>
          }
        />
        <Route
          path="introductions/:id"
          element={
            <RequireUser>
              <IntroductionPage />
            </RequireUser>
          }
        />
        <Route path="dialogues/actions" element={<DialogueActionsPage />} />
        <Route path="dialogues/:id" element={<DialoguePage />} />
        <Route
          path="dialogues/:id/summary/edit"
          element={
            <RequireUser>
              <DialogueSummaryEditPage />
            </RequireUser>
          }
        />
        <Route path="dialogues" element={<DialoguesPage />} />
        <Route path="dialogues/series/:id" element={<DialogueSeriesPage />} />
        {['dialogues/series/new', 'dialogues/series/:id/edit'].map((path) => (
          <Route
            key={path}
            path={path}
            element={
              <RequireAbility action="dialogue.convene">
                <DialogueSeriesFormPage />
              </RequireAbility>
            }
          />
        ))}
        <Route
          path="dialogues/new"
          element={
            <RequireAbility action="dialogue.convene">
              <DialoguePlannerPage />
            </RequireAbility>
          }
        />
        <Route
          path="dialogues/:id/plan"
          element={
            <RequireUser>
              <DialoguePlannerPage />
            </RequireUser>
          }
        />
        <Route path="notifications">
          <Route
            index
            element={
              <RequireUser>
                <InboxPage />
              </RequireUser>
            }
          />
          <Route
            path="settings"
            element={
              <RequireUser>
                <NotificationSettingsPage />
              </RequireUser>
            }
          />
        </Route>
        <Route path="admin">
          <Route
            path="matching"
            element={
              <RequireAbility action="match.configure">
                <MatchSettingsPage />
              </RequireAbility>
            }
          />
          <Route
            path="users"
            element={
              <RequireAbility action="user.manage">
                <UsersPage />
              </RequireAbility>
            }
          />
          <Route
            path="vocabularies"
            element={
              <RequireAbility action="vocabulary.manage">
                <VocabulariesPage />
              </RequireAbility>
            }
          />
          <Route
            path="vocabularies/:name"
            element={
              <RequireAbility action="vocabulary.manage">
                <VocabularyPage />
              </RequireAbility>
            }
          />
          <Route
            path="rubric"
            element={
              <RequireAbility action="vocabulary.manage">
                <RubricPage />
              </RequireAbility>
            }
          />
        </Route>
        <Route
          path="audit/:entityType/:entityId"
          element={
            <RequireUser>
              <AuditTrailPage />
            </RequireUser>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
