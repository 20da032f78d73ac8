-- AlterEnum
ALTER TYPE "ImportRowStatus" ADD VALUE 'OVER_QUOTA';

-- AlterTable
ALTER TABLE "participant" ADD COLUMN     "nikIssuedProvinceCode" VARCHAR(2);

-- AddForeignKey
ALTER TABLE "participant" ADD CONSTRAINT "participant_nikIssuedProvinceCode_fkey" FOREIGN KEY ("nikIssuedProvinceCode") REFERENCES "province"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- Participants registered before: the NIK's province from its masked copy, whose first four digits
-- stay visible ("3204********0001"). One-by-one registration refused these; the import let them in.
UPDATE "participant" SET "nikIssuedProvinceCode" = left("nikMasked", 2)
WHERE left("nikMasked", 2) <> "provinceCode" AND left("nikMasked", 2) IN (SELECT "code" FROM "province");
