import {
  LinkActionPage,
  type LinkPageProps,
  linkPageMetadata,
} from '@/components/newsletter/LinkActionPage'

export const metadata = linkPageMetadata('Confirm your subscription')

export default function ConfirmPage({ searchParams }: LinkPageProps) {
  return (
    <LinkActionPage
      step="confirm"
      searchParams={searchParams}
      text={{
        title: 'Confirm your subscription',
        intro:
          'One more step: press the button to start receiving the Science of Ketamine newsletter.',
        button: 'Confirm my subscription',
        done: {
          title: 'You are subscribed',
          body: 'Thank you! You will receive an email when we publish new articles. Every email has a link to unsubscribe.',
        },
      }}
    />
  )
}
