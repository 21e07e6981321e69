import { InfoPage, infoPageMetadata } from "@/components/public/info-page";

export const generateMetadata = () => infoPageMetadata("toegankelijkheid");

export default function AccessibilityPage() {
  return <InfoPage slug="toegankelijkheid" />;
}
