-- CreateEnum
CREATE TYPE "TimeZoneLabel" AS ENUM ('WIB', 'WITA', 'WIT');

-- CreateEnum
CREATE TYPE "ProgramKind" AS ENUM ('SPP_TIK', 'PENGELOLA_PERPUSTAKAAN_UMUM');

-- CreateEnum
CREATE TYPE "DeliveryMode" AS ENUM ('LURING', 'DARING');

-- CreateEnum
CREATE TYPE "CohortStatus" AS ENUM ('DRAFT', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('PRE_TEST', 'OPENING', 'MODULE', 'POST_TEST', 'CLOSING');

-- CreateEnum
CREATE TYPE "AssignmentRole" AS ENUM ('LEAD', 'SUPPORT');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('L', 'P');

-- CreateEnum
CREATE TYPE "InstitutionType" AS ENUM ('PERPUSTAKAAN_DESA', 'PERPUSTAKAAN_KELURAHAN', 'TBM', 'PERPUSTAKAAN_UMUM_KABKOTA', 'PERPUSTAKAAN_UMUM_PROVINSI', 'PERPUSTAKAAN_SEKOLAH', 'PERPUSTAKAAN_KHUSUS', 'LAINNYA');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('REGISTERED', 'WITHDRAWN', 'PASSED', 'FAILED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('HADIR', 'TERLAMBAT', 'IZIN', 'SAKIT', 'ALPA');

-- CreateEnum
CREATE TYPE "MarkMethod" AS ENUM ('TRAINER', 'SELF_CHECKIN', 'IMPORT', 'OFFLINE_SYNC');

-- CreateEnum
CREATE TYPE "AssessmentKind" AS ENUM ('PRE_TEST', 'POST_TEST');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN_PUSAT', 'OPERATOR_PROVINSI', 'PELATIH_AHLI', 'PESERTA');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('UPLOADED', 'PARSING', 'PREVIEW', 'COMMITTING', 'COMMITTED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ImportRowStatus" AS ENUM ('NEW', 'UPDATE', 'DUPLICATE', 'ERROR', 'UNCHANGED');

-- CreateTable
CREATE TABLE "province" (
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "timeZoneLabel" "TimeZoneLabel" NOT NULL,

    CONSTRAINT "province_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "regency" (
    "code" VARCHAR(5) NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "regency_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "district" (
    "code" VARCHAR(8) NOT NULL,
    "regencyCode" VARCHAR(5) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "district_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "village" (
    "code" VARCHAR(13) NOT NULL,
    "districtCode" VARCHAR(8) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "village_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "program" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ProgramKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "minAttendancePercent" INTEGER NOT NULL DEFAULT 80,
    "postTestRequired" BOOLEAN NOT NULL DEFAULT true,
    "postTestPassMark" INTEGER NOT NULL DEFAULT 60,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "module" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "jp" INTEGER NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "module_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wave" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "mode" "DeliveryMode" NOT NULL,

    CONSTRAINT "wave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wave_quota" (
    "waveId" UUID NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "quota" INTEGER NOT NULL,

    CONSTRAINT "wave_quota_pkey" PRIMARY KEY ("waveId","provinceCode")
);

-- CreateTable
CREATE TABLE "cohort" (
    "id" UUID NOT NULL,
    "waveId" UUID NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "venueAddress" TEXT,
    "city" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "quota" INTEGER NOT NULL,
    "status" "CohortStatus" NOT NULL DEFAULT 'DRAFT',
    "contactName" TEXT,
    "contactPhone" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "moduleId" UUID,
    "kind" "SessionKind" NOT NULL DEFAULT 'MODULE',
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "jp" INTEGER NOT NULL DEFAULT 0,
    "mode" "DeliveryMode" NOT NULL,
    "meetingUrl" TEXT,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trainer" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "homeProvinceCode" VARCHAR(2) NOT NULL,
    "institution" TEXT,
    "expertise" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "trainer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trainer_assignment" (
    "id" UUID NOT NULL,
    "trainerId" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "role" "AssignmentRole" NOT NULL DEFAULT 'SUPPORT',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trainer_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trainer_unavailability" (
    "id" UUID NOT NULL,
    "trainerId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "reason" TEXT,

    CONSTRAINT "trainer_unavailability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "participant" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nikCiphertext" TEXT NOT NULL,
    "nikHash" TEXT NOT NULL,
    "nikMasked" VARCHAR(16) NOT NULL,
    "sex" "Sex" NOT NULL,
    "birthDate" DATE,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "institutionType" "InstitutionType" NOT NULL,
    "institutionName" TEXT NOT NULL,
    "npp" TEXT,
    "villageCode" VARCHAR(13),
    "regencyCode" VARCHAR(5) NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enrolment" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "status" "EnrolmentStatus" NOT NULL DEFAULT 'REGISTERED',
    "withdrawnReason" TEXT,
    "withdrawnAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attendance_mark" (
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "method" "MarkMethod" NOT NULL,
    "markedById" UUID,
    "markedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clientMutationId" TEXT,
    "note" TEXT,

    CONSTRAINT "attendance_mark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment" (
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "kind" "AssessmentKind" NOT NULL,
    "score" DECIMAL(5,2) NOT NULL,
    "takenAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedById" UUID,

    CONSTRAINT "assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "certificate" (
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "signatoryName" TEXT NOT NULL,
    "signatoryTitle" TEXT NOT NULL,
    "replacesId" UUID,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedReason" TEXT,
    "revokedById" UUID,

    CONSTRAINT "certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "passwordHash" TEXT,
    "accessCodeHash" TEXT,
    "role" "Role" NOT NULL,
    "provinceCode" VARCHAR(2),
    "trainerId" UUID,
    "participantId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_bucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rate_limit_bucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "import_batch" (
    "id" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "provinceCode" VARCHAR(2),
    "cohortId" UUID,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'UPLOADED',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "summary" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" TIMESTAMPTZ(3),

    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_row" (
    "batchId" UUID NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "status" "ImportRowStatus" NOT NULL,
    "data" JSONB NOT NULL,
    "messages" JSONB,

    CONSTRAINT "import_row_pkey" PRIMARY KEY ("batchId","rowNumber")
);

-- CreateTable
CREATE TABLE "setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "regency_provinceCode_idx" ON "regency"("provinceCode");

-- CreateIndex
CREATE INDEX "district_regencyCode_idx" ON "district"("regencyCode");

-- CreateIndex
CREATE INDEX "village_districtCode_idx" ON "village"("districtCode");

-- CreateIndex
CREATE UNIQUE INDEX "program_name_key" ON "program"("name");

-- CreateIndex
CREATE INDEX "program_year_idx" ON "program"("year");

-- CreateIndex
CREATE UNIQUE INDEX "module_programId_order_key" ON "module"("programId", "order");

-- CreateIndex
CREATE INDEX "wave_startDate_idx" ON "wave"("startDate");

-- CreateIndex
CREATE UNIQUE INDEX "wave_programId_number_key" ON "wave"("programId", "number");

-- CreateIndex
CREATE INDEX "cohort_provinceCode_startDate_idx" ON "cohort"("provinceCode", "startDate");

-- CreateIndex
CREATE INDEX "cohort_startDate_endDate_idx" ON "cohort"("startDate", "endDate");

-- CreateIndex
CREATE UNIQUE INDEX "cohort_waveId_provinceCode_sequence_key" ON "cohort"("waveId", "provinceCode", "sequence");

-- CreateIndex
CREATE INDEX "session_cohortId_startsAt_idx" ON "session"("cohortId", "startsAt");

-- CreateIndex
CREATE INDEX "session_startsAt_idx" ON "session"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "trainer_email_key" ON "trainer"("email");

-- CreateIndex
CREATE INDEX "trainer_homeProvinceCode_idx" ON "trainer"("homeProvinceCode");

-- CreateIndex
CREATE INDEX "trainer_assignment_cohortId_idx" ON "trainer_assignment"("cohortId");

-- CreateIndex
CREATE UNIQUE INDEX "trainer_assignment_trainerId_cohortId_key" ON "trainer_assignment"("trainerId", "cohortId");

-- CreateIndex
CREATE INDEX "trainer_unavailability_trainerId_startDate_idx" ON "trainer_unavailability"("trainerId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "participant_nikHash_key" ON "participant"("nikHash");

-- CreateIndex
CREATE UNIQUE INDEX "participant_phone_key" ON "participant"("phone");

-- CreateIndex
CREATE INDEX "participant_provinceCode_name_idx" ON "participant"("provinceCode", "name");

-- CreateIndex
CREATE INDEX "participant_regencyCode_idx" ON "participant"("regencyCode");

-- CreateIndex
CREATE INDEX "enrolment_cohortId_status_idx" ON "enrolment"("cohortId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "enrolment_participantId_programId_key" ON "enrolment"("participantId", "programId");

-- CreateIndex
CREATE UNIQUE INDEX "attendance_mark_clientMutationId_key" ON "attendance_mark"("clientMutationId");

-- CreateIndex
CREATE INDEX "attendance_mark_sessionId_idx" ON "attendance_mark"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "attendance_mark_enrolmentId_sessionId_key" ON "attendance_mark"("enrolmentId", "sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_enrolmentId_kind_key" ON "assessment"("enrolmentId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "certificate_number_key" ON "certificate"("number");

-- CreateIndex
CREATE UNIQUE INDEX "certificate_verificationCode_key" ON "certificate"("verificationCode");

-- CreateIndex
CREATE UNIQUE INDEX "certificate_replacesId_key" ON "certificate"("replacesId");

-- CreateIndex
CREATE INDEX "certificate_enrolmentId_idx" ON "certificate"("enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "user_phone_key" ON "user"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "user_trainerId_key" ON "user"("trainerId");

-- CreateIndex
CREATE UNIQUE INDEX "user_participantId_key" ON "user"("participantId");

-- CreateIndex
CREATE INDEX "user_role_provinceCode_idx" ON "user"("role", "provinceCode");

-- CreateIndex
CREATE INDEX "audit_log_entity_entityId_idx" ON "audit_log"("entity", "entityId");

-- CreateIndex
CREATE INDEX "audit_log_actorId_at_idx" ON "audit_log"("actorId", "at");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "import_batch_createdById_createdAt_idx" ON "import_batch"("createdById", "createdAt");

-- CreateIndex
CREATE INDEX "import_batch_fileSha256_idx" ON "import_batch"("fileSha256");

-- AddForeignKey
ALTER TABLE "regency" ADD CONSTRAINT "regency_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "district" ADD CONSTRAINT "district_regencyCode_fkey" FOREIGN KEY ("regencyCode") REFERENCES "regency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "village" ADD CONSTRAINT "village_districtCode_fkey" FOREIGN KEY ("districtCode") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "module" ADD CONSTRAINT "module_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wave" ADD CONSTRAINT "wave_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wave_quota" ADD CONSTRAINT "wave_quota_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wave_quota" ADD CONSTRAINT "wave_quota_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "module"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trainer" ADD CONSTRAINT "trainer_homeProvinceCode_fkey" FOREIGN KEY ("homeProvinceCode") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trainer_assignment" ADD CONSTRAINT "trainer_assignment_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "trainer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trainer_assignment" ADD CONSTRAINT "trainer_assignment_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trainer_unavailability" ADD CONSTRAINT "trainer_unavailability_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "trainer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participant" ADD CONSTRAINT "participant_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "village"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participant" ADD CONSTRAINT "participant_regencyCode_fkey" FOREIGN KEY ("regencyCode") REFERENCES "regency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participant" ADD CONSTRAINT "participant_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance_mark" ADD CONSTRAINT "attendance_mark_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance_mark" ADD CONSTRAINT "attendance_mark_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance_mark" ADD CONSTRAINT "attendance_mark_markedById_fkey" FOREIGN KEY ("markedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "certificate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "province"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "trainer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "province"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_row" ADD CONSTRAINT "import_row_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "import_batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
