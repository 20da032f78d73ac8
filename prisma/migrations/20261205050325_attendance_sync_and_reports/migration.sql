-- CreateEnum
CREATE TYPE "AttendanceReportStatus" AS ENUM ('PREVIEW', 'COMMITTED', 'CANCELLED');

-- AlterEnum
ALTER TYPE "MarkMethod" ADD VALUE 'CORRECTION';

-- CreateTable
CREATE TABLE "attendance_mutation" (
    "clientMutationId" TEXT NOT NULL,
    "sessionId" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "method" "MarkMethod" NOT NULL,
    "markedAt" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "outcome" TEXT NOT NULL,

    CONSTRAINT "attendance_mutation_pkey" PRIMARY KEY ("clientMutationId")
);

-- CreateTable
CREATE TABLE "attendance_name_link" (
    "id" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "nameKey" TEXT NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attendance_name_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attendance_report" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "status" "AttendanceReportStatus" NOT NULL DEFAULT 'PREVIEW',
    "preview" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" TIMESTAMPTZ(3),

    CONSTRAINT "attendance_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "attendance_mutation_sessionId_idx" ON "attendance_mutation"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "attendance_name_link_cohortId_nameKey_key" ON "attendance_name_link"("cohortId", "nameKey");

-- CreateIndex
CREATE INDEX "attendance_report_sessionId_createdAt_idx" ON "attendance_report"("sessionId", "createdAt");

-- AddForeignKey
ALTER TABLE "attendance_name_link" ADD CONSTRAINT "attendance_name_link_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance_name_link" ADD CONSTRAINT "attendance_name_link_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance_report" ADD CONSTRAINT "attendance_report_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance_report" ADD CONSTRAINT "attendance_report_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
