package org.amerules.model;

/**
 * The care catalogue of the case format. Two flags carry the law: {@link #excludedForAdults()}
 * (CASF R251-1: thermal cures, medically assisted procreation, medicines reimbursed at 15 %) and
 * {@link #nineMonthList()} (CASF R251-3: planned procedures covered for adults only after nine
 * months of AME, or with the prior approval of the CPAM's medical service).
 */
public enum CareAct {
    GP_CONSULTATION,
    SPECIALIST_CONSULTATION,
    HOSPITAL_STAY,
    MEDICINE,
    MEDICINE_LOW_BENEFIT(true, false),
    DENTAL_CARE,
    DENTAL_PROSTHESIS,
    OPTICS,
    THERMAL_CURE(true, false),
    MAP_PROCEDURE(true, false),
    MAP_MEDICINE(true, false),
    MATERNITY_CARE,
    SUPERFICIAL_NERVE_RELEASE(false, true),
    CARPAL_TUNNEL_RELEASE(false, true),
    CATARACT_SURGERY(false, true),
    CORNEAL_GRAFT(false, true),
    LENS_SURGERY_WITH_TRABECULECTOMY(false, true),
    RHINOPLASTY(false, true),
    COCHLEAR_IMPLANT(false, true),
    MIDDLE_EAR_RECONSTRUCTION(false, true),
    PROTRUDING_EAR_SURGERY(false, true),
    KNEE_PROSTHESIS(false, true),
    SHOULDER_PROSTHESIS(false, true),
    HIP_PROSTHESIS(false, true),
    HIP_FEMUR_SURGERY(false, true),
    BENIGN_BREAST_SURGERY(false, true),
    GASTROPLASTY(false, true),
    OTHER_OBESITY_SURGERY(false, true),
    PATIENT_TRANSPORT_FOR_LISTED_PROCEDURE(false, true),
    PHYSIOTHERAPY_FOR_LISTED_PROCEDURE(false, true);

    private final boolean excludedForAdults;
    private final boolean nineMonthList;

    CareAct() {
        this(false, false);
    }

    CareAct(boolean excludedForAdults, boolean nineMonthList) {
        this.excludedForAdults = excludedForAdults;
        this.nineMonthList = nineMonthList;
    }

    /** Not covered for adults (CASF R251-1); minors are covered (CASF L251-2). */
    public boolean excludedForAdults() {
        return excludedForAdults;
    }

    /** On the list of planned procedures subject to nine months of seniority for adults (CASF R251-3). */
    public boolean nineMonthList() {
        return nineMonthList;
    }
}
