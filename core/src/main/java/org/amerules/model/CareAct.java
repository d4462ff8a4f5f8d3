package org.amerules.model;

/**
 * The care catalogue of the case format. Two flags carry the law: {@link #excludedForAdults()}
 * (CASF R251-1: thermal cures, medically assisted procreation, medicines reimbursed at 15 %) and
 * {@link #nineMonthList()} (CASF R251-3: planned procedures covered for adults only after nine
 * months of AME, or with the prior approval of the CPAM's medical service).
 */
public enum CareAct {
    /** Consultation of a general practitioner. */
    GP_CONSULTATION,
    /** Consultation of a specialist. */
    SPECIALIST_CONSULTATION,
    /** Hospital stay. */
    HOSPITAL_STAY,
    /** Reimbursable medicine, other than those reimbursed at 15 %. */
    MEDICINE,
    /** Medicine with low medical benefit, reimbursed at 15 %: excluded for adults. */
    MEDICINE_LOW_BENEFIT(true, false),
    /** Dental care. */
    DENTAL_CARE,
    /** Dental prosthesis. */
    DENTAL_PROSTHESIS,
    /** Glasses and lenses. */
    OPTICS,
    /** Thermal spa cure: excluded for adults. */
    THERMAL_CURE(true, false),
    /** Act or test of medically assisted procreation: excluded for adults. */
    MAP_PROCEDURE(true, false),
    /** Medicine of medically assisted procreation: excluded for adults. */
    MAP_MEDICINE(true, false),
    /** Care of pregnancy and birth. */
    MATERNITY_CARE,
    /** Superficial nerve release: nine-month list. */
    SUPERFICIAL_NERVE_RELEASE(false, true),
    /** Carpal tunnel release: nine-month list. */
    CARPAL_TUNNEL_RELEASE(false, true),
    /** Lens (cataract) surgery: nine-month list. */
    CATARACT_SURGERY(false, true),
    /** Corneal graft: nine-month list. */
    CORNEAL_GRAFT(false, true),
    /** Lens surgery combined with a trabeculectomy: nine-month list. */
    LENS_SURGERY_WITH_TRABECULECTOMY(false, true),
    /** Rhinoplasty: nine-month list. */
    RHINOPLASTY(false, true),
    /** Cochlear implant: nine-month list. */
    COCHLEAR_IMPLANT(false, true),
    /** Middle-ear reconstruction: nine-month list. */
    MIDDLE_EAR_RECONSTRUCTION(false, true),
    /** Protruding-ear surgery: nine-month list. */
    PROTRUDING_EAR_SURGERY(false, true),
    /** Knee prosthesis: nine-month list. */
    KNEE_PROSTHESIS(false, true),
    /** Shoulder prosthesis: nine-month list. */
    SHOULDER_PROSTHESIS(false, true),
    /** Hip prosthesis: nine-month list. */
    HIP_PROSTHESIS(false, true),
    /** Hip or femur surgery: nine-month list. */
    HIP_FEMUR_SURGERY(false, true),
    /** Non-malignant breast surgery, biopsy and local excision excepted: nine-month list. */
    BENIGN_BREAST_SURGERY(false, true),
    /** Gastroplasty: nine-month list. */
    GASTROPLASTY(false, true),
    /** Other obesity surgery: nine-month list. */
    OTHER_OBESITY_SURGERY(false, true),
    /** Patient transport tied to a procedure of the nine-month list: nine-month list. */
    PATIENT_TRANSPORT_FOR_LISTED_PROCEDURE(false, true),
    /** Physiotherapy tied to a procedure of the nine-month list: nine-month list. */
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

    /**
     * Not covered for adults (CASF R251-1); minors are covered (CASF L251-2).
     *
     * @return true for thermal cures, medically assisted procreation and medicines reimbursed at 15 %
     */
    public boolean excludedForAdults() {
        return excludedForAdults;
    }

    /**
     * On the list of planned procedures subject to nine months of seniority for adults (CASF R251-3).
     *
     * @return true when, for an adult, planned non-urgent care of this kind is covered only after
     *     nine months of AME or with the prior approval of the CPAM's medical service
     */
    public boolean nineMonthList() {
        return nineMonthList;
    }
}
