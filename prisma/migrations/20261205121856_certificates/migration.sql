-- AlterTable
ALTER TABLE "certificate" ADD COLUMN     "holderInstitution" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "holderName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "issuePlace" TEXT NOT NULL DEFAULT 'Jakarta',
ADD COLUMN     "issuingOffice" TEXT NOT NULL DEFAULT 'Perpustakaan Nasional Republik Indonesia',
ADD COLUMN     "totalJp" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "program" ADD COLUMN     "certificateSeq" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "certificate_design" (
    "programId" UUID NOT NULL,
    "numberPattern" TEXT NOT NULL DEFAULT '{seq}/SERT/BIMTEK/{province}/{month}/{year}',
    "heading" TEXT NOT NULL DEFAULT 'SERTIFIKAT',
    "bodyText" TEXT NOT NULL DEFAULT 'telah mengikuti Bimbingan Teknis',
    "accentColor" TEXT NOT NULL DEFAULT '#1e3a8a',
    "logo" BYTEA,
    "logoType" TEXT,
    "background" BYTEA,
    "backgroundType" TEXT,
    "signatoryName" TEXT NOT NULL DEFAULT '',
    "signatoryTitle" TEXT NOT NULL DEFAULT 'Kepala Perpustakaan Nasional Republik Indonesia',
    "signature" BYTEA,
    "signatureType" TEXT,
    "issuePlace" TEXT NOT NULL DEFAULT 'Jakarta',
    "issuingOffice" TEXT NOT NULL DEFAULT 'Perpustakaan Nasional Republik Indonesia',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "certificate_design_pkey" PRIMARY KEY ("programId")
);

-- AddForeignKey
ALTER TABLE "certificate_design" ADD CONSTRAINT "certificate_design_programId_fkey" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One valid certificate per enrolment: issuing twice issues nothing, and a reissue first revokes the
-- one it replaces. Prisma cannot express a partial index: drop any DROP INDEX of it from later
-- generated migrations.
CREATE UNIQUE INDEX "certificate_one_valid_per_enrolment" ON "certificate" ("enrolmentId") WHERE "revokedAt" IS NULL;
