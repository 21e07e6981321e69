import { CrisisBox } from "@/components/public/crisis-box";
import { InfoPage, infoPageMetadata } from "@/components/public/info-page";

export const generateMetadata = () => infoPageMetadata("over-eenzaamheid");

export default function AboutLonelinessPage() {
  return <InfoPage slug="over-eenzaamheid" aside={<CrisisBox />} />;
}
