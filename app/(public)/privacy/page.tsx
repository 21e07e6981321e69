import { InfoPage, infoPageMetadata } from "@/components/public/info-page";

export const generateMetadata = () => infoPageMetadata("privacy");

export default function PrivacyPage() {
  return <InfoPage slug="privacy" />;
}
