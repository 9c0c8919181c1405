import {
  LinkActionPage,
  type LinkPageProps,
  linkPageMetadata,
} from '@/components/newsletter/LinkActionPage'

export const metadata = linkPageMetadata('Unsubscribe')

export default function UnsubscribePage({ searchParams }: LinkPageProps) {
  return (
    <LinkActionPage
      step="unsubscribe"
      searchParams={searchParams}
      text={{
        title: 'Unsubscribe from the newsletter',
        intro: 'Press the button and we will stop sending you the Science of Ketamine newsletter.',
        button: 'Unsubscribe',
        done: {
          title: 'You are unsubscribed',
          body: 'You will not receive the newsletter any more. You can sign up again at any time.',
        },
      }}
    />
  )
}
