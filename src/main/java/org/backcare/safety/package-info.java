/**
 * Warning signs and care routing, shared by every place a member can report how their back is (a
 * try of a move, a programme session or check-in, the tips' self-check): the signs and risk factors
 * a member reports, the triage that turns them into care advice, the employer's care route, the
 * precautions answer that gates loaded exercise, and the holds that pause an activity until a
 * professional has checked the member. {@code SafetyReports} and {@code HealthAnswers} are the
 * services the other features call; {@code CareHold} is how they take part in a hold.
 *
 * <p>Published for the other features, because every entry point must speak about signs the same
 * way:
 *
 * <ul>
 *   <li>{@link RedFlag}, {@link ReportedSigns}, {@link SignSource}, {@link Urgency} and {@link
 *       CareAdvice}: what a member reported, where, and what it means; the toolbox and programmes
 *       keep the signs with their tries, sessions and pauses.
 *   <li>{@link RiskFactor}, {@link Precautions} and {@link Clearance}: the member's answers that
 *       programmes and loaded moves ask for, and the one that ends a pause for care.
 *   <li>{@link Ratings}: the rule every rated activity shares (the rating after is required unless
 *       a sign stopped it).
 *   <li>{@link CareHold}: what a feature implements so that a sign reported anywhere pauses its
 *       activity too.
 *   <li>{@link SignsForm}, {@link PrecautionsForm} and {@link RiskFactorsForm}: the questions as
 *       page fragments, which the toolbox, programme and tips pages include and read in their
 *       actions, so the questions are asked the same way everywhere.
 *   <li>{@link CareView}: the care guidance in an API answer, the same in every answer that can
 *       carry a sign, so an app renders it one way.
 * </ul>
 */
@Publishes({
  RedFlag.class,
  ReportedSigns.class,
  SignSource.class,
  Urgency.class,
  CareAdvice.class,
  RiskFactor.class,
  Precautions.class,
  Clearance.class,
  Ratings.class,
  CareHold.class,
  SignsForm.class,
  PrecautionsForm.class,
  RiskFactorsForm.class,
  CareView.class
})
package org.backcare.safety;

import org.backcare.platform.domain.Publishes;
import org.backcare.safety.domain.CareAdvice;
import org.backcare.safety.domain.CareHold;
import org.backcare.safety.domain.Clearance;
import org.backcare.safety.domain.Precautions;
import org.backcare.safety.domain.Ratings;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.domain.RiskFactor;
import org.backcare.safety.domain.SignSource;
import org.backcare.safety.domain.Urgency;
import org.backcare.safety.rest.CareView;
import org.backcare.safety.web.PrecautionsForm;
import org.backcare.safety.web.RiskFactorsForm;
import org.backcare.safety.web.SignsForm;
